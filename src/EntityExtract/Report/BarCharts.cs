using System.Text;

namespace EntityExtract.Report;

/// <summary>
/// One horizontal bar chart per type: the most mentioned entities, each with a bar for its mentions
/// and a thinner one for the files naming it, numbers written beside the bars. Drawn as inline SVG.
/// </summary>
internal static class BarCharts
{
    private const double LabelWidth = 150, BarWidth = 190, Row = 26, Top = 30;

    public static void Write(StringBuilder html, IReadOnlyList<ReportEntity> entities, string type, int bars)
    {
        var shown = entities.Where(e => e.Type == type).Take(bars).ToList();
        html.Append(Svg.F($"<figure class=\"chart\" data-type=\"{type}\"><figcaption>{TypeStyle.Label(type)}: mentions <span class=\"key\" style=\"background:{TypeStyle.Colour(type)}\"></span> and files <span class=\"key\" style=\"background:{TypeStyle.Tint(type)}\"></span></figcaption>"));
        if (shown.Count == 0)
        {
            html.Append("<p class=\"none\">None found.</p></figure>");
            return;
        }

        var max = Math.Max(1, shown.Max(e => e.Mentions));
        var height = (shown.Count * Row) + 10;
        html.Append(Svg.F($"<svg class=\"bars\" viewBox=\"0 0 {LabelWidth + BarWidth + 70} {height}\" width=\"{LabelWidth + BarWidth + 70}\" height=\"{height}\" role=\"img\">"));
        for (var i = 0; i < shown.Count; i++)
        {
            var e = shown[i];
            var y = Top + (i * Row) - 20;
            var mentions = BarWidth * e.Mentions / max;
            var files = BarWidth * e.Files / max;
            html.Append(Svg.F($"<g class=\"bar\" data-e=\"{e.Index}\" tabindex=\"0\"><title>{Svg.Escape(e.Name)}: {e.Mentions} mentions in {e.Files} files</title>"));
            html.Append(Svg.F($"<text x=\"{LabelWidth - 6}\" y=\"{y + 12}\" text-anchor=\"end\">{Svg.Escape(Svg.Clip(e.Name, 21))}</text>"));
            html.Append(Svg.F($"<rect x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{Math.Max(1, mentions):0.#}\" height=\"12\" fill=\"{TypeStyle.Colour(type)}\"/>"));
            html.Append(Svg.F($"<rect x=\"{LabelWidth}\" y=\"{y + 15}\" width=\"{Math.Max(1, files):0.#}\" height=\"6\" fill=\"{TypeStyle.Tint(type)}\"/>"));
            html.Append(Svg.F($"<text class=\"n\" x=\"{LabelWidth + Math.Max(mentions, files) + 5:0.#}\" y=\"{y + 13}\">{e.Mentions} / {e.Files}</text></g>"));
        }

        html.Append("</svg></figure>");
    }
}
