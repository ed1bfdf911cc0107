using System.Text;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Golden;

/// <summary>
/// What users see, pinned on the samples: every kind of table in every format the tool writes,
/// the tokens, and the help text. All golden files are in <see cref="RepoPaths.Golden"/>.
/// </summary>
public sealed class GoldenOutputTests
{
    [Theory]
    [InlineData("mentions.csv")]
    [InlineData("file.csv", "--group", "file")]
    [InlineData("corpus.csv", "--group", "corpus")]
    [InlineData("pairs.csv", "--group", "pairs")]
    [InlineData("mentions.tsv", "--format", "tsv")]
    [InlineData("mentions.jsonl", "--format", "jsonl", "--context", "40")]
    public void Extract_on_the_samples_gives_the_golden_table(string golden, params string[] options)
    {
        var result = CliProcess.Run(RepoPaths.Root, null, ["extract", "-q", .. options, "samples"]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        GoldenFile.Check(Path.Combine(RepoPaths.Golden, golden), result.Stdout);
    }

    [Fact]
    public void Tokenize_on_the_samples_gives_the_golden_tokens()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "tokenize", "-q", "samples");

        Assert.True(result.ExitCode == 0, result.Stderr);
        GoldenFile.Check(Path.Combine(RepoPaths.Golden, "tokenize.csv"), result.Stdout);
    }

    /// <summary>The workbook's cells as a spreadsheet shows them, one row a line (the zip's bytes carry a date).</summary>
    [Fact]
    public void A_workbook_of_the_samples_gives_the_golden_cells()
    {
        using var folder = new TempFolder();
        var workbook = folder.Combine("mentions.xlsx");

        var result = CliProcess.Run(RepoPaths.Root, null, "extract", "-q", "-o", workbook, "samples");

        Assert.True(result.ExitCode == 0, result.Stderr);
        GoldenFile.Check(Path.Combine(RepoPaths.Golden, "mentions.xlsx.txt"), Cells(new XlsxFile(File.ReadAllBytes(workbook))));
    }

    [Theory]
    [InlineData("help.txt")]
    [InlineData("help-extract.txt", "extract")]
    [InlineData("help-tokenize.txt", "tokenize")]
    [InlineData("help-train.txt", "train")]
    [InlineData("help-eval.txt", "eval")]
    [InlineData("help-merge.txt", "merge")]
    [InlineData("help-clusters.txt", "clusters")]
    public void Help_output_is_the_approved_text(string golden, params string[] command)
    {
        var result = CliProcess.Run(RepoPaths.Root, null, [.. command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        GoldenFile.Check(Path.Combine(RepoPaths.Golden, golden), result.Stdout);
    }

    /// <summary>
    /// Each sheet's name, then its rows: cells separated by tabs, a number cell written <c>#value</c>,
    /// a formula <c>=formula</c>, a text cell as it is, and <c>*</c> after a bold cell; then the
    /// sheet's filter: its range and the table that carries it.
    /// </summary>
    private static string Cells(XlsxFile workbook)
    {
        var text = new StringBuilder();
        for (var sheet = 0; sheet < workbook.SheetNames.Count; sheet++)
        {
            text.Append("[sheet ").Append(workbook.SheetNames[sheet]).Append("]\n");
            foreach (var row in workbook.Rows(sheet))
            {
                text.AppendJoin('\t', row.Select(cell => Cell(workbook, cell))).Append('\n');
            }

            if (workbook.Filters[sheet] is { } filter)
            {
                text.Append("[filter ").Append(filter.Range).Append(" table ").Append(filter.Table ?? "none").Append("]\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(XlsxFile workbook, XlsxFile.XlsxCell cell)
    {
        var shown = cell.Kind switch
        {
            "number" => "#" + cell.Value,
            "formula" => "=" + cell.Value,
            "text" => cell.Value,
            _ => cell.Kind + ":" + cell.Value,
        };
        return workbook.IsBold(cell.Style) ? shown + "*" : shown;
    }
}
