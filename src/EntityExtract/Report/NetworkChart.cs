using System.Text;

namespace EntityExtract.Report;

/// <summary>
/// The co-occurrence network of the most mentioned entities, as inline SVG: two sets of edges, pairs
/// named in one sentence (the pairs table's <c>sentences</c>) and pairs named in one file (counted
/// from the mention rows), shown one at a time; line width grows with the count. Nodes are laid out
/// by <see cref="NetworkLayout"/> (MSAGL), each a type mark and its name.
/// </summary>
internal static class NetworkChart
{
    /// <summary>Edges drawn per set, the heaviest first: more only hide the names.</summary>
    private const int MaxEdges = 160;

    private const double Mark = 6;

    public static void Write(StringBuilder html, ReportTables tables)
    {
        var entities = tables.Entities;
        var count = Math.Min(tables.Limits.Network, entities.Count);
        if (count == 0)
        {
            html.Append("<p class=\"none\">No entities found.</p>");
            return;
        }

        var sentence = tables.Pairs
            .Where(p => p.A < count && p.B < count)
            .Select(p => (p.A, p.B, Weight: p.Sentences, p.Files))
            .OrderByDescending(p => p.Weight).ThenBy(p => p.A).ThenBy(p => p.B)
            .Take(MaxEdges).ToList();
        var file = FilePairs(tables.Files, count).Take(MaxEdges).ToList();

        var sizes = new List<(double, double)>();
        for (var i = 0; i < count; i++)
        {
            sizes.Add((Svg.TextWidth(Svg.Clip(entities[i].Name, 24)) + (3 * Mark) + 4, 20));
        }

        // The layout pulls by both kinds of edge, so that either set reads well on it.
        var layoutEdges = sentence.Select(p => (p.A, p.B, (double)p.Weight))
            .Concat(file.Select(p => (p.A, p.B, (double)p.Weight)))
            .ToList();
        var (places, width, height) = NetworkLayout.Run(sizes, layoutEdges);

        html.Append(Svg.F($"<svg id=\"network-svg\" viewBox=\"0 0 {width:0} {height:0}\" width=\"{Math.Min(width, 1100):0}\" role=\"img\" aria-label=\"co-occurrence network\">"));
        Edges(html, "sentence", sentence, places, "sentences", "files");
        Edges(html, "file", file, places, "files", null);
        html.Append("<g class=\"nodes\">");
        for (var i = 0; i < count; i++)
        {
            var e = entities[i];
            var p = places[i];
            var left = p.X - (p.Width / 2);
            html.Append(Svg.F($"<g class=\"node\" data-e=\"{i}\" tabindex=\"0\"><title>{Svg.Escape(e.Name)} ({e.Type}): {e.Mentions} mentions in {e.Files} files</title>"));
            html.Append(TypeStyle.Mark(e.Type, left + Mark + 1, p.Y, Mark));
            html.Append(Svg.F($"<text x=\"{left + (2 * Mark) + 5:0.#}\" y=\"{p.Y + 4:0.#}\">{Svg.Escape(Svg.Clip(e.Name, 24))}</text></g>"));
        }

        html.Append("</g></svg>");
    }

    private static void Edges(StringBuilder html, string kind, List<(int A, int B, long Weight, long Files)> edges, NetworkLayout.Place[] places, string unit, string? second)
    {
        var max = edges.Count == 0 ? 1 : edges.Max(e => e.Weight);
        html.Append(Svg.F($"<g class=\"edges {kind}\">"));
        foreach (var (a, b, weight, files) in edges)
        {
            var stroke = 0.8 + (5 * Math.Sqrt((double)weight / max));
            var detail = second is null ? "" : Svg.F($", {files} {second}");
            html.Append(Svg.F($"<line data-a=\"{a}\" data-b=\"{b}\" x1=\"{places[a].X:0.#}\" y1=\"{places[a].Y:0.#}\" x2=\"{places[b].X:0.#}\" y2=\"{places[b].Y:0.#}\" stroke-width=\"{stroke:0.##}\"><title>{weight} {unit}{detail}</title></line>"));
        }

        html.Append("</g>");
    }

    /// <summary>Pairs of the first <paramref name="count"/> entities named in one file, with the number of such files.</summary>
    private static IEnumerable<(int A, int B, long Weight, long Files)> FilePairs(List<ReportFile> files, int count)
    {
        var pairs = new Dictionary<(int, int), long>();
        var named = new List<int>();
        foreach (var file in files)
        {
            named.Clear();
            named.AddRange(file.ByEntity.Keys.Where(k => k < count));
            named.Sort();
            for (var i = 0; i < named.Count; i++)
            {
                for (var j = i + 1; j < named.Count; j++)
                {
                    var key = (named[i], named[j]);
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                }
            }
        }

        return pairs.Select(p => (p.Key.Item1, p.Key.Item2, p.Value, p.Value))
            .OrderByDescending(p => p.Item3).ThenBy(p => p.Item1).ThenBy(p => p.Item2);
    }
}
