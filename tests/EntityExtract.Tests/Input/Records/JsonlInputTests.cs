using System.Text;
using CsvHelper;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input.Records;

/// <summary><c>--input-format jsonl</c>: a record per line, its id in the file column.</summary>
public sealed class JsonlInputTests
{
    [Fact]
    public void Ids_with_commas_quotes_and_non_ascii_round_trip_into_the_file_column()
    {
        using var folder = new TempFolder();
        string[] ids = ["a,b", "say \"hi\"", "Zürich–東京 🙂", "42", "=SUM(A1)"];
        var lines = new StringBuilder();
        lines.Append("{\"id\": \"a,b\", \"text\": \"Angela Merkel visited Paris.\"}\n");
        lines.Append("{\"text\": \"Barack Obama met Vladimir Putin.\", \"id\": \"say \\\"hi\\\"\"}\n");
        lines.Append("{\"id\": \"Z\\u00fcrich\u2013東京 🙂\", \"lang\": [\"de\"], \"text\": \"Angela Merkel visited Tokyo.\"}\n");
        lines.Append("{\"id\": 42, \"text\": \"Emmanuel Macron spoke in Berlin.\"}\n");
        lines.Append("{\"id\": \"=SUM(A1)\", \"text\": \"Olaf Scholz met Angela Merkel.\"}\n");
        folder.File("docs.jsonl", lines.ToString());

        var result = CliProcess.Run(folder.Path, null, "extract", "--input-format", "jsonl", "--no-sanitize", "-q", "docs.jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ids, FileColumn(result.StdoutBytes).Distinct());
    }

    [Fact]
    public void Malformed_lines_are_reported_with_their_line_numbers_and_the_run_goes_on()
    {
        const string stdin =
            "{\"id\": 1, \"text\": \"Angela Merkel visited Paris.\"}\n" +
            "\n" +
            "not json\n" +
            "{\"id\": 3}\n" +
            "{\"id\": [3], \"text\": \"x\"}\n" +
            "{\"id\": 4, \"text\": \"x\"} trailing\n" +
            "{\"id\": 5, \"text\": \"Barack Obama spoke.\"}";

        var result = CliProcess.Run(Path.GetTempPath(), stdin, "extract", "--input-format", "jsonl", "-q");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["1", "1", "5"], FileColumn(result.StdoutBytes));
        var problems = result.StderrLines;
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("entity-extract: -:3: not valid JSON (", problems[0]);
        Assert.Equal("entity-extract: -:4: no \"text\" field", problems[1]);
        Assert.Equal("entity-extract: -:5: \"id\" must be a string or a number", problems[2]);
        Assert.StartsWith("entity-extract: -:6: not valid JSON (", problems[3]);
    }

    [Fact]
    public void Field_names_can_be_chosen()
    {
        var result = CliProcess.Run(Path.GetTempPath(), "{\"doc\": \"d1\", \"body\": \"Angela Merkel visited Paris.\", \"id\": 9}\n",
            "extract", "--input-format", "jsonl", "--id-field", "doc", "--text-field", "body", "-q");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["d1", "d1"], FileColumn(result.StdoutBytes));
    }

    [Fact]
    public void A_record_longer_than_a_piece_is_cut_and_gives_the_rows_of_the_same_text_read_as_a_file()
    {
        using var folder = new TempFolder();
        var paragraph = "Angela Merkel met Barack Obama in Berlin. They spoke about the United Nations for an hour.\n\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 1_200_000 / paragraph.Length));
        folder.File("doc.txt", text);
        folder.File("doc.jsonl", "{\"id\": \"doc.txt\", \"text\": " + System.Text.Json.JsonSerializer.Serialize(text) + "}\n");

        var asFile = CliProcess.Run(folder.Path, null, "tokenize", "-q", "doc.txt");
        var asRecord = CliProcess.Run(folder.Path, null, "tokenize", "--input-format", "jsonl", "-q", "doc.jsonl");

        Assert.Equal(0, asRecord.ExitCode);
        Assert.True(asFile.StdoutBytes.AsSpan().SequenceEqual(asRecord.StdoutBytes), "tokenize rows differ between the file and the record");
    }

    [Fact]
    public void Records_are_sharded_by_id()
    {
        var stdin = string.Concat(Enumerable.Range(0, 40).Select(i => $"{{\"id\": \"doc-{i}\", \"text\": \"Word {i}.\"}}\n"));
        var shards = Enumerable.Range(0, 3)
            .Select(k => CliProcess.Run(Path.GetTempPath(), stdin, "tokenize", "--input-format", "jsonl", "-q", "--shard", $"{k}/3"))
            .Select(r => FileColumn(r.StdoutBytes).Distinct().ToList())
            .ToList();

        Assert.All(shards, ids => Assert.NotEmpty(ids));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"doc-{i}").Order(), shards.SelectMany(ids => ids).Order());
    }

    private static List<string> FileColumn(byte[] csv)
    {
        var files = new List<string>();
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { Separator = ',' });
        while (reader.Read())
        {
            files.Add(reader.GetString(0));
        }

        return files;
    }
}
