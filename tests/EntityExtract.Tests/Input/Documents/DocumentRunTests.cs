using System.Globalization;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input.Documents;

/// <summary>Documents as a user runs them: found in folders by default, tagged like their text, faults kept to one file.</summary>
public sealed class DocumentRunTests
{
    public static TheoryData<string, string> ArticlesAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var article in DocumentFixtures.Articles)
        {
            foreach (var format in new[] { "docx", "odt", "pdf", "html" })
            {
                data.Add(article, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ArticlesAndFormats))]
    public void A_converted_article_gives_the_mentions_of_its_text(string article, string format)
    {
        var plain = Mentions(CliProcess.Run(RepoPaths.Root, null, "-q", Path.Combine("samples", article + ".txt")));
        var document = Mentions(CliProcess.Run(RepoPaths.Root, null, "-q", DocumentFixtures.PathOf($"{article}.{format}")));

        Assert.True(Dice(plain, document) >= 0.95, $"{article}.{format}: {string.Join("; ", document)} vs {string.Join("; ", plain)}");
    }

    [Fact]
    public void An_email_with_an_html_part_gives_the_mentions_of_its_text()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Path.Combine(RepoPaths.Samples, "berlin-summit.txt"));
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var html = "<html><body>" + string.Concat(paragraphs.Skip(1).Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>")) + "</body></html>";
        folder.File("html.eml", DocumentFixtures.Eml(paragraphs[0], null, html));
        folder.File("text.eml", DocumentFixtures.Eml(paragraphs[0], string.Join("\n\n", paragraphs.Skip(1)), html));
        var plain = Mentions(CliProcess.Run(RepoPaths.Root, null, "-q", Path.Combine("samples", "berlin-summit.txt")));

        foreach (var name in new[] { "html.eml", "text.eml" })
        {
            var mail = Mentions(CliProcess.Run(folder.Path, null, "-q", name));
            Assert.True(Dice(plain, mail) >= 0.95, $"{name}: {string.Join("; ", mail)}");
        }
    }

    [Theory]
    [InlineData("berlin-summit.docx")]
    [InlineData("berlin-summit.odt")]
    [InlineData("berlin-summit.pdf")]
    [InlineData("berlin-summit.html")]
    public void Every_row_points_at_its_mention_in_the_text_command_output(string name)
    {
        var path = DocumentFixtures.PathOf(name);
        var text = CliProcess.Run(RepoPaths.Root, null, "text", path);
        var rows = CliProcess.Run(RepoPaths.Root, null, "-q", path);
        Assert.Equal(0, text.ExitCode);
        Assert.Equal(0, rows.ExitCode);

        var lines = text.Stdout.Split('\n');
        var points = text.Stdout.EnumerateRunes().Select(r => r.ToString()).ToArray();
        var table = Rows(rows.Stdout).ToList();
        Assert.Contains(table, r => r["text"] == "Angela Merkel" && r["type"] == "PERSON");
        foreach (var row in table)
        {
            int start = int.Parse(row["start"], CultureInfo.InvariantCulture), end = int.Parse(row["end"], CultureInfo.InvariantCulture);
            Assert.Equal(row["text"], string.Concat(points[start..end]));
            var line = lines[int.Parse(row["line"], CultureInfo.InvariantCulture) - 1];
            Assert.Equal(row["text"], line.Substring(int.Parse(row["column"], CultureInfo.InvariantCulture) - 1, row["text"].Length));
        }
    }

    [Fact]
    public void Documents_are_read_from_folders_by_default_beside_text()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("docs/sub"));
        foreach (var name in new[] { "berlin-summit.docx", "football-report.odt", "tech-earnings.pdf", "un-climate.html" })
        {
            File.Copy(DocumentFixtures.PathOf(name), folder.Combine("docs/sub/" + name));
        }

        folder.File("docs/data.csv", "Angela Merkel,Paris\n");
        var result = CliProcess.Run(folder.Path, null, "docs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("4 files,", result.Stderr);
        foreach (var name in new[] { "berlin-summit.docx", "football-report.odt", "tech-earnings.pdf", "un-climate.html" })
        {
            Assert.Contains($"docs/sub/{name},", result.Stdout);
        }

        Assert.DoesNotContain("data.csv", result.Stdout);
    }

    [Fact]
    public void A_run_with_a_pdf_adds_a_page_column_and_a_run_without_keeps_its_columns()
    {
        using var folder = new TempFolder();
        folder.File("report.pdf", DocumentFixtures.Pdf(
            ["Quarterly report"],
            ["Angela Merkel met Emmanuel Macron in Paris on Monday."],
            [],
            ["Mark Rutte spoke in The Hague."]));
        folder.File("note.txt", "Angela Merkel visited Berlin.\n");

        var withPdf = CliProcess.Run(folder.Path, null, "-q", ".");
        var header = withPdf.Stdout.Split('\n')[0];
        Assert.Equal("file,line,column,start,end,type,text,score,canonical,page", header);
        var rows = Rows(withPdf.Stdout).ToList();
        Assert.Equal("2", rows.Single(r => r["file"] == "./report.pdf" && r["text"] == "Angela Merkel")["page"]);
        Assert.Equal("4", rows.Single(r => r["text"] == "Mark Rutte")["page"]);
        Assert.Equal(string.Empty, rows.Single(r => r["file"] == "./note.txt" && r["text"] == "Angela Merkel")["page"]);

        var withoutPdf = CliProcess.Run(folder.Path, null, "-q", "note.txt");
        Assert.Equal("file,line,column,start,end,type,text,score,canonical", withoutPdf.Stdout.Split('\n')[0]);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_gets_a_warning()
    {
        using var folder = new TempFolder();
        folder.File("scan.pdf", DocumentFixtures.Pdf([], []));

        var result = CliProcess.Run(folder.Path, null, "scan.pdf");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("scan.pdf: warning: no text layer in 2 pages", result.Stderr);
    }

    [Fact]
    public void Broken_documents_are_one_line_each_and_the_rest_is_tagged()
    {
        using var folder = new TempFolder();
        var pdf = File.ReadAllBytes(DocumentFixtures.PathOf("tech-earnings.pdf"));
        folder.File("docs/truncated.pdf", pdf[..(pdf.Length / 2)]);
        File.Copy(DocumentFixtures.PathOf("encrypted.pdf"), folder.Combine("docs/encrypted.pdf"));
        folder.File("docs/encrypted.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        var docx = File.ReadAllBytes(DocumentFixtures.PathOf("berlin-summit.docx"));
        folder.File("docs/truncated.docx", docx[..(docx.Length / 2)]);
        folder.File("docs/renamed.odt", "Angela Merkel visited Paris.\n");
        folder.File("docs/bomb.docx", DocumentFixtures.DocxBomb(200L * 1024 * 1024));
        File.Copy(DocumentFixtures.PathOf("un-climate.odt"), folder.Combine("docs/good.odt"));

        var result = CliProcess.Run(folder.Path, null, "docs");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("docs/good.odt,", result.Stdout);
        Assert.Contains("entity-extract: docs/truncated.pdf: corrupt or truncated PDF", result.Stderr);
        Assert.Contains("entity-extract: docs/encrypted.pdf: encrypted PDF (password protected); not read", result.Stderr);
        Assert.Contains("entity-extract: docs/encrypted.docx: encrypted (password protected) or an old binary format (.doc); not read", result.Stderr);
        Assert.Contains("entity-extract: docs/truncated.docx: corrupt", result.Stderr);
        Assert.Contains("entity-extract: docs/renamed.odt: corrupt or misnamed (not a zip archive, as every .docx and .odt is)", result.Stderr);
        Assert.Contains("entity-extract: docs/bomb.docx: word/document.xml expands past 64 MiB (a zip bomb?); not read", result.Stderr);
        Assert.Contains("7 files,", result.Stderr);
        Assert.Contains("6 failed", result.Stderr);
        Assert.Equal(6, result.StderrLines.Count(line => !line.Contains("files,", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_text_command_reports_a_broken_document_and_exits_1()
    {
        using var folder = new TempFolder();
        folder.File("broken.pdf", "%PDF-1.4\nnot really\n");

        var result = CliProcess.Run(folder.Path, null, "text", "broken.pdf");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.StartsWith("entity-extract: broken.pdf: corrupt", result.Stderr);
    }

    [Fact]
    public void The_text_command_prints_a_plain_file_as_decoded()
    {
        using var folder = new TempFolder();
        folder.File("note.txt", "\uFEFFAngela Merkel\r\nvisited Paris.\n");

        var result = CliProcess.Run(folder.Path, null, "text", "note.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Angela Merkel\r\nvisited Paris.\n", result.Stdout);
    }

    internal static List<Dictionary<string, string>> Rows(string csv) =>
        Entities.CorpusTableTests.Parse(System.Text.Encoding.UTF8.GetBytes(csv));

    private static List<string> Mentions(CliProcess.Result result)
    {
        Assert.Equal(0, result.ExitCode);
        return [.. Rows(result.Stdout).Select(r => r["type"] + " " + r["text"])];
    }

    private static double Dice(List<string> a, List<string> b)
    {
        var left = a.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var common = b.GroupBy(x => x).Sum(g => Math.Min(g.Count(), left.GetValueOrDefault(g.Key)));
        return a.Count + b.Count == 0 ? 1 : 2.0 * common / (a.Count + b.Count);
    }
}
