using System.Text;
using System.Text.Json;
using CsvHelper;
using EntityExtract.Output;

namespace EntityExtract.Tests.Output;

/// <summary>Each output format parses back, with its own standard reader, to the rows that were written.</summary>
public sealed class FormatRoundTripTests
{
    private static readonly string[] Columns = ["file", "start", "text", "score"];

    private static readonly (string File, long Start, string Text, float Score)[] Rows =
    [
        ("docs/a.txt", 0, "Zoë \"the\" O’Brien, Jr.", 0.873f),
        ("docs/b;c.txt", 12, "line\nbreak\tand tab", 1f),
        ("-", 1234567, "back\\slash =1+1", 0.5f),
        ("日本/東京.txt", 3, "😀 São Paulo", 0f),
    ];

    [Fact]
    public void Csv_reads_back_with_csvhelper()
    {
        var bytes = Write(OutputFormat.Csv);

        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',' });
        var parsed = new List<(string, long, string, string)>();
        foreach (var row in reader)
        {
            parsed.Add((row.GetString(0), long.Parse(row.GetString(1)), row.GetString(2), row.GetString(3)));
        }

        Assert.Equal(Rows.Select(r => (r.File, r.Start, r.Text, ScoreText.Format(r.Score))), parsed);
    }

    [Fact]
    public void Tsv_reads_back_with_a_split_on_tabs_and_unescaping()
    {
        var lines = Encoding.UTF8.GetString(Write(OutputFormat.Tsv)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join('\t', Columns), lines[0]);
        var parsed = lines.Skip(1).Select(line => line.Split('\t').Select(Unescape).ToArray()).ToList();
        Assert.Equal(Rows.Select(r => new[] { r.File, r.Start.ToString(), r.Text, ScoreText.Format(r.Score) }), parsed);
    }

    [Fact]
    public void Jsonl_reads_back_with_system_text_json_and_keeps_numbers_as_numbers()
    {
        var lines = Encoding.UTF8.GetString(Write(OutputFormat.Jsonl)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(Rows.Length, lines.Length);
        for (var i = 0; i < Rows.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            Assert.Equal(Rows[i].File, root.GetProperty("file").GetString());
            Assert.Equal(JsonValueKind.Number, root.GetProperty("start").ValueKind);
            Assert.Equal(Rows[i].Start, root.GetProperty("start").GetInt64());
            Assert.Equal(Rows[i].Text, root.GetProperty("text").GetString());
            Assert.Equal(ScoreText.Round(Rows[i].Score), root.GetProperty("score").GetDouble());
        }
    }

    private static byte[] Write(OutputFormat format)
    {
        var stream = new MemoryStream();
        var options = new TableWriterOptions { Format = format, Sanitize = false };
        using (var writer = TableWriters.Create(stream, Columns, options))
        {
            writer.Header();
            foreach (var (file, start, text, score) in Rows)
            {
                writer.Text(file);
                writer.Number(start);
                writer.Text(text);
                writer.Score(score);
                writer.EndRow();
            }
        }

        return stream.ToArray();
    }

    private static string Unescape(string field)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                builder.Append(field[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var c => c });
            }
            else
            {
                builder.Append(field[i]);
            }
        }

        return builder.ToString();
    }
}
