using System.Text;
using System.Text.Json;
using CsvHelper;
using EntityExtract.Output;
using EntityExtract.Tests.Support;

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

    [Fact]
    public void Xlsx_reads_back_as_text_and_number_cells()
    {
        var book = new XlsxFile(Write(OutputFormat.Xlsx));

        var rows = book.Rows();
        Assert.Equal(Columns, rows[0].Select(c => c.Value));
        Assert.Equal(
            Rows.Select(r => new[] { ("text", r.File), ("number", r.Start.ToString()), ("text", r.Text), ("number", ScoreText.Format(r.Score)) }),
            rows.Skip(1).Select(row => row.Select(c => (c.Kind, c.Value)).ToArray()));
    }

    /// <summary>As a run writes them: the first rows straight into the table, the others through a worker's buffer.</summary>
    private static byte[] Write(OutputFormat format)
    {
        var stream = new MemoryStream();
        var options = new TableWriterOptions { Format = format, Sanitize = false };
        using (var sink = TableWriters.Open(stream, "mentions", Columns, options))
        {
            using var buffer = sink.CreateBuffer();
            for (var i = 0; i < Rows.Length; i++)
            {
                var (file, start, text, score) = Rows[i];
                var writer = i < 2 ? sink.Rows : buffer;
                writer.Text(file);
                writer.Number(start);
                writer.Text(text);
                writer.Score(score);
                writer.EndRow();
            }

            sink.Rows.Flush();
            sink.Append(buffer.Take());
            sink.Finish();
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
