using System.Text.RegularExpressions;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Report;

/// <summary>
/// The report in a real browser: Debian's headless Chromium renders it, the test takes a screenshot
/// and reads the DOM after the script ran. A click is made by the page's own hook: a link ending
/// <c>#entity=NAME</c> clicks that entity's row in the table, as a reader would.
/// </summary>
public sealed partial class ReportBrowserTests
{
    [BrowserFact]
    [Trait("Category", "Browser")]
    public void Samples_report_renders_charts_network_table_and_mentions_without_console_errors() =>
        Renders("samples", "Angela Merkel");

    [BrowserFact("seeds")]
    [Trait("Category", "Browser")]
    public void Seed_report_renders_charts_network_table_and_mentions_without_console_errors() =>
        Renders("../shared/seeds", "John F. Kerry");

    private static void Renders(string input, string entity)
    {
        using var folder = new TempFolder();
        var page = ReportPageFile.Make(folder, "report.html", input);
        var url = new Uri(page.Path).AbsoluteUri;

        var png = folder.Combine("report.png");
        var shot = Chromium.Run(url, png);
        Assert.True(new FileInfo(png).Length > 20_000, "the screenshot is empty");
        Assert.Empty(shot.ConsoleErrors);

        var clicked = Chromium.Run(url + "#entity=" + Uri.EscapeDataString(entity));
        var dom = clicked.Stdout;
        Assert.Empty(clicked.ConsoleErrors);
        Assert.Contains("data-ready=\"1\"", dom, StringComparison.Ordinal);
        Assert.True(Regex.Count(dom, "<g class=\"bar( on)?\"") >= 3, "no bar charts");
        Assert.True(Regex.Count(dom, "<g class=\"node( on)?\"") >= 3, "no network nodes");
        Assert.True(Regex.Count(dom, "<line ") >= 1, "no network edges");
        Assert.True(Regex.Count(dom, "<tr class=\"entity\"") >= 3, "no entity table rows");
        Assert.True(Regex.Count(dom, "<td class=\"num\">") >= 3, "no file table rows");

        var detail = Detail().Match(dom);
        Assert.True(detail.Success, "clicking an entity opened no panel");
        Assert.Contains(entity, detail.Value, StringComparison.Ordinal);
        Assert.Matches("<div class=\"where\">[^<]+:\\d+:\\d+</div>", detail.Value);
        Assert.Contains("<mark>", detail.Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("<div id=\"detail\" class=\"detail\" data-e=\"\\d+\">.*?</div></div></div>", RegexOptions.Singleline)]
    private static partial Regex Detail();
}
