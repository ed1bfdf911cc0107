using System.Text.RegularExpressions;

namespace EntityExtract.Tests.Architecture;

/// <summary>
/// The Mermaid drawings of <c>src/ARCHITECTURE.md</c>, read as graphs: one block marked
/// <c>%% parts</c> draws the parts of the library, and one block marked <c>%% folders of X</c>
/// draws the folders inside part X, where the node named X stands for the files at its top.
/// A line the reader does not understand fails the read, so the drawing cannot say more than the
/// test checks.
/// </summary>
internal sealed partial record Drawing(Graph Parts, IReadOnlyDictionary<string, Graph> Folders)
{
    public static Drawing Read(string markdown)
    {
        Graph? parts = null;
        var folders = new Dictionary<string, Graph>();
        foreach (var block in MermaidBlock().Matches(markdown).Select(m => m.Groups[1].Value))
        {
            var lines = block.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var marker = lines.Length > 1 ? Marker().Match(lines[1]) : Match.Empty;
            if (!lines[0].StartsWith("flowchart ", StringComparison.Ordinal) || !marker.Success)
            {
                throw new FormatException("A Mermaid block must start with 'flowchart' and a '%% parts' or '%% folders of X' line:\n" + block);
            }

            var graph = Graph.Read(lines.Skip(2));
            if (marker.Groups[1].Success)
            {
                folders.Add(marker.Groups[1].Value, graph);
            }
            else
            {
                parts = parts is null ? graph : throw new FormatException("Two drawings of the parts.");
            }
        }

        return new Drawing(parts ?? throw new FormatException("No '%% parts' drawing."), folders);
    }

    [GeneratedRegex(@"^```mermaid\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    [GeneratedRegex(@"^%% (?:parts|folders of (\w+))$")]
    private static partial Regex Marker();
}

/// <summary>Nodes and arrows of one drawing.</summary>
internal sealed partial record Graph(IReadOnlySet<string> Nodes, IReadOnlySet<(string From, string To)> Arrows)
{
    /// <summary>Reads lines of the form <c>A</c>, <c>A["label"]</c>, <c>A --> B</c> and <c>%% comment</c>.</summary>
    public static Graph Read(IEnumerable<string> lines)
    {
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var arrows = new HashSet<(string, string)>();
        foreach (var line in lines)
        {
            if (line.StartsWith("%%", StringComparison.Ordinal))
            {
                continue;
            }

            if (Arrow().Match(line) is { Success: true } arrow)
            {
                var (from, to) = (arrow.Groups[1].Value, arrow.Groups[2].Value);
                nodes.Add(from);
                nodes.Add(to);
                if (!arrows.Add((from, to)))
                {
                    throw new FormatException($"Arrow drawn twice: {line}");
                }
            }
            else if (Node().Match(line) is { Success: true } node)
            {
                nodes.Add(node.Groups[1].Value);
            }
            else
            {
                throw new FormatException($"Line of the drawing not understood: {line}");
            }
        }

        return new Graph(nodes, arrows);
    }

    [GeneratedRegex(@"^(\w+)(?:\[""[^""]*""\])? --> (\w+)$")]
    private static partial Regex Arrow();

    [GeneratedRegex(@"^(\w+)(?:\[""[^""]*""\])?$")]
    private static partial Regex Node();
}
