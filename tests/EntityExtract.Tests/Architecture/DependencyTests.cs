using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Architecture;

/// <summary>
/// Keeps the drawings in <c>src/ARCHITECTURE.md</c> true: every arrow drawn between the parts of
/// the library, and between the folders inside each part, is a reference in the code, every
/// reference is drawn, and neither level has a cycle.
/// </summary>
public sealed class DependencyTests
{
    private static readonly string LibraryRoot = Path.Combine(RepoPaths.Root, "src", "EntityExtract");

    private static readonly Lazy<Drawing> Drawn = new(() =>
        Drawing.Read(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ARCHITECTURE.md")).ReplaceLineEndings("\n")));

    private static readonly Lazy<Library> Code = new(() => Library.Read(LibraryRoot));

    [Fact]
    public void The_parts_drawn_are_the_top_folders_of_the_library()
    {
        Assert.Equal(Code.Value.Parts.Order(StringComparer.Ordinal), Drawn.Value.Parts.Nodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_arrow_between_parts_is_in_the_code_and_every_reference_is_drawn()
    {
        var differences = Differences(Drawn.Value.Parts, Code.Value.PartReferences());
        Assert.True(differences.Count == 0, "The parts drawing in src/ARCHITECTURE.md and the code differ:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void Parts_do_not_depend_on_each_other_in_a_cycle()
    {
        var cycle = FindCycle(Code.Value.PartReferences().Select(r => (r.From, r.To)));
        Assert.True(cycle is null, "Cycle between parts: " + string.Join(" -> ", cycle ?? []));
    }

    /// <summary>The rules the drawing must keep, whatever else it shows.</summary>
    [Theory]
    [InlineData("Text", "Input Output Tagging Entities Pipeline Evaluation Training")]
    [InlineData("Tagging", "Input Output Entities Pipeline Evaluation Training")]
    [InlineData("Input", "Evaluation Training")]
    [InlineData("Output", "Evaluation Training")]
    [InlineData("Entities", "Evaluation Training")]
    [InlineData("Pipeline", "Evaluation Training")]
    public void A_part_that_runs_at_extraction_time_has_no_arrow_to_what_it_must_not_use(string part, string forbidden)
    {
        var wrong = Drawn.Value.Parts.Arrows.Where(a => a.From == part && forbidden.Split(' ').Contains(a.To));
        Assert.Empty(wrong);
    }

    [Fact]
    public void Each_part_with_folders_has_a_drawing_of_exactly_its_folders()
    {
        foreach (var part in Code.Value.Parts)
        {
            var folders = Code.Value.Folders(part);
            if (folders.Count == 1)
            {
                Assert.False(Drawn.Value.Folders.ContainsKey(part), $"{part} has no folders to draw.");
                continue;
            }

            Assert.True(Drawn.Value.Folders.TryGetValue(part, out var drawn), $"No '%% folders of {part}' drawing.");
            Assert.Equal(folders.Order(StringComparer.Ordinal), drawn.Nodes.Order(StringComparer.Ordinal));
        }

        Assert.Empty(Drawn.Value.Folders.Keys.Except(Code.Value.Parts));
    }

    [Fact]
    public void Every_arrow_between_folders_of_a_part_is_in_the_code_and_every_reference_is_drawn()
    {
        var differences = new List<string>();
        foreach (var (part, drawn) in Drawn.Value.Folders)
        {
            differences.AddRange(Differences(drawn, Code.Value.FolderReferences(part)).Select(d => $"{part}: {d}"));
        }

        Assert.True(differences.Count == 0, "The folder drawings in src/ARCHITECTURE.md and the code differ:\n" + string.Join("\n", differences));
    }

    /// <summary>
    /// The files at a part's top are what other parts use, and some folders use them back (see
    /// src/ARCHITECTURE.md), so the arrows to and from the top are held to the drawing only.
    /// </summary>
    [Fact]
    public void Folders_below_the_top_of_a_part_do_not_depend_on_each_other_in_a_cycle()
    {
        foreach (var part in Code.Value.Parts)
        {
            var cycle = FindCycle(Code.Value.FolderReferences(part).Where(r => r.From != part && r.To != part).Select(r => (r.From, r.To)));
            Assert.True(cycle is null, $"Cycle between the folders of {part}: " + string.Join(" -> ", cycle ?? []));
        }
    }

    [Fact]
    public void The_check_sees_a_part_named_in_each_way_it_can_be_written()
    {
        var parts = new[] { "Text", "Tagging", "Input" };
        var types = new Dictionary<string, HashSet<string>> { ["Input"] = ["TextPiece"], ["Text"] = [], ["Tagging"] = [] };
        var folders = (string part, string name) => part == "Input" && name == "Records";
        Assert.Equal(["Input"], SourceReferences.ReferencedParts("using EntityExtract.Input;", "Tagging", parts, types, folders));
        Assert.Equal(["Input"], SourceReferences.ReferencedParts("var x = EntityExtract.Input.Records.Foo.Bar;", "Tagging", parts, types, folders));
        Assert.Equal(["Input"], SourceReferences.ReferencedParts("TextPiece c = Input.TextPiece.Empty;", "Tagging", parts, types, folders));
        Assert.Equal(["Input"], SourceReferences.ReferencedParts("var r = Input.Records.Shard;", "Tagging", parts, types, folders));
        Assert.Empty(SourceReferences.ReferencedParts("var t = piece.Text.Length; // Input is mentioned in a comment", "Tagging", parts, types, folders));
    }

    [Fact]
    public void The_check_sees_a_folder_named_in_each_way_it_can_be_written()
    {
        var types = new Dictionary<string, HashSet<string>>
        {
            ["Tagging"] = ["EntityTypes"],
            ["Document"] = ["DocumentHint"],
            ["Model"] = ["ModelBlock"],
        };
        string[] From(string folder, string source) => [.. SourceReferences.ReferencedFolders(source, "Tagging", folder, types)];

        Assert.Equal(["Model"], From("Document", "using EntityExtract.Tagging.Model;"));
        Assert.Equal(["Model"], From("Document", "var b = EntityExtract.Tagging.Model.ModelBlock.Empty;"));
        Assert.Equal(["Model"], From("Document", "var b = Model.ModelBlock.Empty;"));
        Assert.Equal(["Model"], From("Document", "ModelBlock block = default;"));
        Assert.Equal(["Tagging"], From("Document", "var n = EntityTypes.Count;"));
        Assert.Equal(["Document"], From("Tagging", "static int Hint(DocumentHint h) => 0;"));
        Assert.Empty(From("Document", "var n = x.EntityTypes; // ModelBlock in a comment\nvar s = \"ModelBlock\";"));
        Assert.Empty(From("Model", "var n = model.Document.Length;"));
    }

    [Fact]
    public void The_comparison_reports_an_arrow_drawn_but_absent_and_a_reference_not_drawn()
    {
        var drawing = Drawing.Read("""
            ```mermaid
            flowchart LR
                %% parts
                Pipeline --> Text
                Pipeline["Pipeline/"] --> Tagging
                Tagging --> Text
            ```

            ```mermaid
            flowchart LR
                %% folders of Tagging
                Tagging["Tagging/ (top files)"] --> Model
                Document
            ```
            """);
        var found = new[]
        {
            ("Pipeline/Run.cs", "Pipeline", "Text"),
            ("Tagging/Tagger.cs", "Tagging", "Text"),
            ("Text/Token.cs", "Text", "Tagging"),
        };

        Assert.Equal(
            ["drawn but not in the code: Pipeline --> Tagging", "in the code but not drawn: Text --> Tagging (Text/Token.cs)"],
            Differences(drawing.Parts, found));
        Assert.Equal(["Document", "Model", "Tagging"], drawing.Folders["Tagging"].Nodes.Order(StringComparer.Ordinal));
        Assert.Equal(["drawn but not in the code: Tagging --> Model"], Differences(drawing.Folders["Tagging"], []));
        Assert.Throws<FormatException>(() => Drawing.Read("```mermaid\nflowchart LR\n    %% parts\n    A --- B\n```\n"));
        Assert.Throws<FormatException>(() => Drawing.Read("```mermaid\nflowchart LR\n    A --> B\n```\n"));
    }

    [Fact]
    public void The_cycle_search_finds_a_cycle_and_only_a_cycle()
    {
        Assert.Equal(["Document", "Features", "Model", "Document"], FindCycle([("Document", "Features"), ("Features", "Model"), ("Model", "Document")])!);
        Assert.Null(FindCycle([("Document", "Features"), ("Features", "Model"), ("Document", "Model")]));
    }

    /// <summary>Arrows drawn but absent from the code, then references the drawing leaves out, with a file that makes each.</summary>
    private static List<string> Differences(Graph drawn, IEnumerable<(string File, string From, string To)> found)
    {
        var byArrow = found.GroupBy(r => (r.From, r.To)).ToDictionary(g => g.Key, g => g.Select(r => r.File).Order(StringComparer.Ordinal).First());
        var absent = drawn.Arrows.Where(a => !byArrow.ContainsKey(a))
            .Select(a => $"drawn but not in the code: {a.From} --> {a.To}");
        var undrawn = byArrow.Where(a => !drawn.Arrows.Contains(a.Key))
            .Select(a => $"in the code but not drawn: {a.Key.From} --> {a.Key.To} ({a.Value})");
        return [.. absent.Order(StringComparer.Ordinal), .. undrawn.Order(StringComparer.Ordinal)];
    }

    private static string[]? FindCycle(IEnumerable<(string From, string To)> arrows)
    {
        var edges = arrows.Distinct().ToLookup(e => e.From, e => e.To);
        var state = new Dictionary<string, int>(); // 1 on the path, 2 finished
        var path = new List<string>();
        foreach (var start in edges.Select(g => g.Key).Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } found)
            {
                return found;
            }
        }

        return null;

        string[]? Visit(string node)
        {
            if (state.TryGetValue(node, out var s))
            {
                return s == 1 ? [.. path.SkipWhile(p => p != node), node] : null;
            }

            state[node] = 1;
            path.Add(node);
            foreach (var next in edges[node].Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }
}
