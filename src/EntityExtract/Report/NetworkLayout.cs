using Microsoft.Msagl.Core.Geometry;
using Microsoft.Msagl.Core.Geometry.Curves;
using Microsoft.Msagl.Core.Layout;
using Microsoft.Msagl.Core.Routing;
using Microsoft.Msagl.Layout.MDS;
using Microsoft.Msagl.Miscellaneous;

namespace EntityExtract.Report;

/// <summary>
/// Places the network's nodes with MSAGL (AutomaticGraphLayout): a force-directed layout with
/// overlap removal, where each node is the size of its label so that no two names overlap. The page
/// draws the result; no layout is computed here by hand.
/// </summary>
internal static class NetworkLayout
{
    /// <summary>A node's place: its centre and the box its shape and label take.</summary>
    public readonly record struct Place(double X, double Y, double Width, double Height);

    /// <param name="sizes">Each node's width and height (its label and mark).</param>
    /// <param name="edges">Pairs of node indices, with a weight that pulls them closer.</param>
    public static (Place[] Places, double Width, double Height) Run(IReadOnlyList<(double Width, double Height)> sizes, IReadOnlyList<(int A, int B, double Weight)> edges)
    {
        var graph = new GeometryGraph();
        var nodes = new Node[sizes.Count];
        for (var i = 0; i < sizes.Count; i++)
        {
            nodes[i] = new Node(CurveFactory.CreateRectangle(sizes[i].Width, sizes[i].Height, new Point(0, 0)), i);
            graph.Nodes.Add(nodes[i]);
        }

        foreach (var (a, b, weight) in edges)
        {
            var edge = new Edge(nodes[a], nodes[b]) { Weight = (int)Math.Max(1, Math.Round(weight)) };
            graph.Edges.Add(edge);
        }

        var settings = new MdsLayoutSettings
        {
            RemoveOverlaps = true,
            NodeSeparation = 12,
            PackingAspectRatio = 1.6,
            ScaleX = 1.6,
            ScaleY = 1.2,
            EdgeRoutingSettings = { EdgeRoutingMode = EdgeRoutingMode.StraightLine },
        };
        LayoutHelpers.CalculateLayout(graph, settings, null);

        var box = graph.BoundingBox;
        var margin = 10.0;
        var places = new Place[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            var c = nodes[i].Center;
            // SVG's y grows downwards; MSAGL's upwards.
            places[i] = new Place(c.X - box.Left + margin, box.Top - c.Y + margin, sizes[i].Width, sizes[i].Height);
        }

        return (places, box.Width + (2 * margin), box.Height + (2 * margin));
    }
}
