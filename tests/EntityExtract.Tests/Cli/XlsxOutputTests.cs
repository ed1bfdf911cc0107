using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary><c>-o FILE.xlsx</c> and <c>--format xlsx</c> on the real executable.</summary>
public sealed class XlsxOutputTests
{
    [Theory]
    [InlineData("mentions.xlsx")]
    [InlineData("MENTIONS.XLSX")]
    public void An_xlsx_output_name_writes_a_workbook_with_the_rows_of_the_csv(string name)
    {
        using var folder = new TempFolder();
        var output = folder.Combine(name);

        var result = CliProcess.Run(RepoPaths.Root, null, "-q", "--context", "30", "samples/", "-o", output);
        var csv = CliProcess.Run(RepoPaths.Root, null, "-q", "--context", "30", "--no-sanitize", "samples/").Stdout;

        Assert.Equal(0, result.ExitCode);
        var book = new XlsxFile(File.ReadAllBytes(output));
        Assert.Equal(["mentions"], book.SheetNames);
        var rows = book.Rows();
        var expected = ParseCsv(csv);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i], rows[i].Select(c => c.Value));
        }

        var header = expected[0];
        foreach (var number in new[] { "line", "column", "start", "end", "score" })
        {
            Assert.All(rows.Skip(1), row => Assert.Equal("number", row[header.IndexOf(number)].Kind));
        }

        Assert.All(rows.Skip(1), row => Assert.Equal("text", row[header.IndexOf("text")].Kind));
    }

    [Fact]
    public void Format_xlsx_writes_a_workbook_whatever_the_file_is_called()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("corpus.table");

        var result = CliProcess.Run(RepoPaths.Root, null, "-q", "--group", "corpus", "--format", "xlsx", "samples/", "-o", output);

        Assert.Equal(0, result.ExitCode);
        var book = new XlsxFile(File.ReadAllBytes(output));
        Assert.Equal(["corpus"], book.SheetNames);
        Assert.Equal(["type", "entity", "mentions", "files", "names"], book.Rows()[0].Select(c => c.Value));
        Assert.Equal("number", book.Rows()[1][2].Kind);
    }

    [Theory]
    [InlineData("pairs", "type1")]
    [InlineData("file", "file")]
    public void The_sheet_is_named_for_the_table(string group, string firstColumn)
    {
        using var folder = new TempFolder();
        var output = folder.Combine("table.xlsx");

        var result = CliProcess.Run(RepoPaths.Root, null, "-q", "--group", group, "samples/", "-o", output);

        Assert.Equal(0, result.ExitCode);
        var book = new XlsxFile(File.ReadAllBytes(output));
        Assert.Equal([group], book.SheetNames);
        Assert.Equal(firstColumn, book.Rows()[0][0].Value);
        Assert.True(book.Rows().Count > 1);
    }

    [Fact]
    public void A_tokens_workbook_has_a_sheet_named_tokens()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("tokens.xlsx");

        var result = CliProcess.Run(RepoPaths.Root, null, "tokenize", "-q", "samples/", "-o", output);

        Assert.Equal(0, result.ExitCode);
        var book = new XlsxFile(File.ReadAllBytes(output));
        Assert.Equal(["tokens"], book.SheetNames);
        Assert.Equal(["file", "sentence", "start", "end", "text"], book.Rows()[0].Select(c => c.Value));
    }

    [Fact]
    public void A_workbook_name_with_another_format_is_a_usage_error_not_a_csv_named_xlsx()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("odd.xlsx");

        var result = CliProcess.Run(RepoPaths.Root, null, "-q", "--format", "csv", "samples/", "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"-o {output} names a workbook but --format is csv: drop --format, or name the file .csv", result.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Format_xlsx_without_an_output_file_is_a_usage_error()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "--format", "xlsx", "samples/");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["entity-extract: --format xlsx needs -o FILE: a workbook is written to a file, not to a terminal or pipe"], result.StderrLines);
        Assert.Empty(result.StdoutBytes);
    }

    [Fact]
    public void Merge_refuses_workbooks()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "merge", "--format", "xlsx", "tests/EntityExtract.Tests/Golden/Files/corpus.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["entity-extract: merge reads and writes csv, tsv or jsonl tables, not workbooks"], result.StderrLines);
    }

    /// <summary>RFC 4180, plainly: quoted fields may hold commas, quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
