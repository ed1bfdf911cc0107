using System.Text.RegularExpressions;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Architecture;

/// <summary>
/// Keeps <c>src/ARCHITECTURE.md</c> true: every reference from one part of the library to another
/// must be an arrow its table allows, and the parts must not depend on each other in a cycle.
/// </summary>
public sealed partial class DependencyTests
{
    private static readonly string Library = Path.Combine(RepoPaths.Root, "src", "EntityExtract");

    [Fact]
    public void Every_reference_between_parts_is_an_arrow_the_architecture_allows()
    {
        var allowed = AllowedArrows();
        var wrong = new List<string>();
        foreach (var (file, from, to) in References(allowed.Keys))
        {
            if (!allowed[from].Contains(to))
            {
                wrong.Add($"{Path.GetRelativePath(Library, file)}: {from} -> {to}");
            }
        }

        Assert.True(wrong.Count == 0, "Arrows src/ARCHITECTURE.md does not allow:\n" + string.Join("\n", wrong.Distinct()));
    }

    [Fact]
    public void Parts_do_not_depend_on_each_other_in_a_cycle()
    {
        var parts = AllowedArrows().Keys;
        var edges = References(parts).Select(r => (r.From, r.To)).Distinct().ToLookup(e => e.From, e => e.To);
        var cycle = FindCycle(parts, edges);
        Assert.True(cycle is null, "Cycle between parts: " + string.Join(" -> ", cycle ?? []));
    }

    [Fact]
    public void Every_top_folder_of_the_library_is_a_part_in_the_architecture()
    {
        var folders = Directory.GetDirectories(Library)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(AllowedArrows().Keys.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void The_check_sees_a_forbidden_arrow_in_each_way_it_can_be_written()
    {
        var parts = new[] { "Text", "Tagging", "Input" };
        var types = new Dictionary<string, HashSet<string>> { ["Input"] = ["TextPiece"], ["Text"] = [], ["Tagging"] = [] };
        Assert.Equal(["Input"], ReferencedParts("using EntityExtract.Input;", "Tagging", parts, types));
        Assert.Equal(["Input"], ReferencedParts("var x = EntityExtract.Input.Records.Foo.Bar;", "Tagging", parts, types));
        Assert.Equal(["Input"], ReferencedParts("TextPiece c = Input.TextPiece.Empty;", "Tagging", parts, types));
        Assert.Empty(ReferencedParts("var t = piece.Text.Length; // Input is mentioned in a comment", "Tagging", parts, types));
    }

    /// <summary>The "may use" column of the parts table in src/ARCHITECTURE.md.</summary>
    private static Dictionary<string, HashSet<string>> AllowedArrows()
    {
        var arrows = new Dictionary<string, HashSet<string>>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "src", "ARCHITECTURE.md")))
        {
            var row = PartRow().Match(line);
            if (row.Success)
            {
                arrows[row.Groups[1].Value] = row.Groups[2].Value
                    .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Where(p => p != "—")
                    .ToHashSet();
            }
        }

        Assert.NotEmpty(arrows);
        return arrows;
    }

    private static IEnumerable<(string File, string From, string To)> References(IEnumerable<string> partNames)
    {
        var parts = partNames.ToArray();
        var files = parts.ToDictionary(p => p, p => Directory.GetFiles(Path.Combine(Library, p), "*.cs", SearchOption.AllDirectories));
        var types = parts.ToDictionary(p => p, p => files[p].SelectMany(f => DeclaredType().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet());
        foreach (var from in parts)
        {
            foreach (var file in files[from])
            {
                foreach (var to in ReferencedParts(File.ReadAllText(file), from, parts, types))
                {
                    yield return (file, from, to);
                }
            }
        }
    }

    /// <summary>
    /// The other parts a source file names: by a using directive, by a qualified namespace, or by
    /// a part-qualified type name such as <c>Input.TextPiece</c>. Comments and strings are ignored.
    /// </summary>
    private static IEnumerable<string> ReferencedParts(string source, string from, IReadOnlyList<string> parts, IReadOnlyDictionary<string, HashSet<string>> types)
    {
        var code = CommentOrString().Replace(source, " ");
        foreach (var part in parts.Where(p => p != from))
        {
            var qualified = new Regex($@"\bEntityExtract\.{part}\b");
            var shortQualified = new Regex($@"(?<![\w.]){part}\.([A-Z]\w*)");
            if (qualified.IsMatch(code)
                || shortQualified.Matches(code).Any(m => types[part].Contains(m.Groups[1].Value) || IsNamespace(part, m.Groups[1].Value)))
            {
                yield return part;
            }
        }
    }

    private static bool IsNamespace(string part, string child) => Directory.Exists(Path.Combine(Library, part, child));

    private static string[]? FindCycle(IEnumerable<string> parts, ILookup<string, string> edges)
    {
        var state = new Dictionary<string, int>(); // 1 on the path, 2 finished
        var path = new List<string>();
        foreach (var start in parts)
        {
            if (Visit(start) is { } found)
            {
                return found;
            }
        }

        return null;

        string[]? Visit(string part)
        {
            if (state.TryGetValue(part, out var s))
            {
                return s == 1 ? [.. path.SkipWhile(p => p != part), part] : null;
            }

            state[part] = 1;
            path.Add(part);
            foreach (var next in edges[part])
            {
                if (Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[part] = 2;
            return null;
        }
    }

    [GeneratedRegex(@"^\| `(\w+)/` \|[^|]*\| ([^|]*) \|$")]
    private static partial Regex PartRow();

    [GeneratedRegex(@"\b(?:class|struct|record|interface|enum)\s+(?:struct\s+|class\s+)?([A-Z]\w*)")]
    private static partial Regex DeclaredType();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|""""""[\s\S]*?""""""|""(?:\\.|[^""\\\n])*""", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();
}
