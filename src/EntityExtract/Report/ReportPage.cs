using System.Text;

namespace EntityExtract.Report;

/// <summary>
/// Writes the report: one HTML page with everything inlined (style, script, charts and network as
/// SVG, data as JSON), so that it opens offline and asks for nothing: its Content-Security-Policy
/// forbids every load but its own inline style and script.
/// </summary>
public static class ReportPage
{
    /// <summary>The policy in the page's head: nothing from anywhere, inline style and script only.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    private static readonly string[] ChartTypes = ["PERSON", "LOCATION", "ORGANIZATION"];

    public static void Write(Stream output, ReportTables tables, string title)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        var entities = tables.Entities;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append(Svg.F($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">"));
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(Svg.F($"<title>{Svg.Escape(title)}</title><style>{Resource("report.css")}</style></head><body>"));
        html.Append(Svg.F($"<header><h1>{Svg.Escape(title)}</h1><p class=\"totals\">{tables.Files.Count} files, {tables.MentionCount} mentions of {tables.EntityCount} entities"));
        if (entities.Count < tables.EntityCount)
        {
            html.Append(Svg.F($" (the {entities.Count} most mentioned are shown)"));
        }

        html.Append("</p><nav><a href=\"#charts\">Most mentioned</a> <a href=\"#network\">Network</a> <a href=\"#entities\">Entities</a> <a href=\"#files\">Files</a></nav></header>");

        html.Append("<main><section id=\"charts\"><h2>Most mentioned</h2><p class=\"hint\">Bars: mentions (dark) and files (light). Click a name to see its mentions.</p><div class=\"charts\">");
        foreach (var type in ChartTypes)
        {
            BarCharts.Write(html, entities, type, tables.Limits.Bars);
        }

        html.Append("</div></section>");

        html.Append("<section id=\"network\"><h2>Who appears with whom</h2><p class=\"hint\">The most mentioned entities; a line joins two named <label><input type=\"radio\" name=\"edges\" value=\"sentence\" checked> in one sentence</label> <label><input type=\"radio\" name=\"edges\" value=\"file\"> in one file</label>; thicker lines, more often. ");
        foreach (var type in ChartTypes.Append("MISC"))
        {
            html.Append(Svg.F($"<span class=\"legend\"><svg width=\"16\" height=\"16\">{TypeStyle.Mark(type, 8, 8, 6)}</svg> {TypeStyle.Label(type)}</span> "));
        }

        html.Append("</p><div class=\"network\">");
        NetworkChart.Write(html, tables);
        html.Append("</div></section>");

        html.Append("<div id=\"detail\" class=\"detail\" hidden></div>");
        html.Append("<section id=\"entities\"><h2>Entities</h2><p class=\"controls\"><input id=\"entity-filter\" type=\"search\" placeholder=\"Filter names\" aria-label=\"Filter names\"> <select id=\"entity-type\" aria-label=\"Type\"><option value=\"\">All types</option>");
        foreach (var type in ChartTypes.Append("MISC"))
        {
            html.Append(Svg.F($"<option value=\"{type}\">{TypeStyle.Label(type)}</option>"));
        }

        html.Append("</select> <span id=\"entity-count\"></span></p><table id=\"entity-table\" class=\"sortable\"><thead><tr><th data-key=\"1\">Name</th><th data-key=\"0\">Type</th><th data-key=\"2\" class=\"num\">Mentions</th><th data-key=\"3\" class=\"num\">Files</th><th>Name forms</th></tr></thead><tbody></tbody></table></section>");
        html.Append("<section id=\"files\"><h2>Files</h2><p class=\"controls\"><input id=\"file-filter\" type=\"search\" placeholder=\"Filter files or names\" aria-label=\"Filter files\"> <span id=\"file-count\"></span></p><table id=\"file-table\"><thead><tr><th>File</th><th class=\"num\">Mentions</th><th>Most mentioned</th></tr></thead><tbody></tbody></table></section></main>");

        var head = Encoding.UTF8.GetBytes(html.ToString());
        output.Write(head);
        output.Write("<script type=\"application/json\" id=\"report-data\">"u8);
        ReportJson.Write(output, tables);
        output.Write("</script><script>"u8);
        output.Write(Encoding.UTF8.GetBytes(Resource("report.js")));
        output.Write("</script></body></html>\n"u8);
        output.Flush();
    }

    private static string Resource(string name)
    {
        using var stream = typeof(ReportPage).Assembly.GetManifestResourceStream($"EntityExtract.Report.Resources.{name}")
            ?? throw new InvalidOperationException($"resource {name} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
