using EntityExtract.Input;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input;

public sealed class InputWalkerTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    private string[] WalkRoot(WalkOptions? options = null) =>
        Displays(InputWalker.Walk([_tree.Path], options ?? new WalkOptions()));

    private static string[] Displays(WalkResult result) => result.Files.Select(f => f.DisplayPath).ToArray();

    [Fact]
    public void Default_takes_text_and_markdown_files_recursively()
    {
        _tree.File("top.txt");
        _tree.File("deep/er/still.txt");
        _tree.File("notes.md");
        _tree.File("deep/plain.text");
        _tree.File("deep/data.csv");
        _tree.File(".hidden/h.txt");

        Assert.Equal(
            [_tree.Display(".hidden/h.txt"), _tree.Display("deep/er/still.txt"), _tree.Display("deep/plain.text"), _tree.Display("notes.md"), _tree.Display("top.txt")],
            WalkRoot());
    }

    [Fact]
    public void Default_pattern_ignores_case()
    {
        _tree.File("LOUD.TXT");
        _tree.File("Notes.Md");

        Assert.Equal([_tree.Display("LOUD.TXT"), _tree.Display("Notes.Md")], WalkRoot());
    }

    [Fact]
    public void A_folder_whose_files_are_all_left_is_reported_with_its_extensions()
    {
        _tree.File("a.pdf");
        _tree.File("sub/b.pdf");
        _tree.File("c.html");

        var skipped = Assert.Single(InputWalker.Walk([_tree.Path], new WalkOptions()).SkippedFolders);

        Assert.Equal(3, skipped.Files);
        Assert.Equal([new KeyValuePair<string, int>(".pdf", 2), new KeyValuePair<string, int>(".html", 1)], skipped.Extensions);
    }

    [Fact]
    public void A_folder_with_one_file_taken_is_not_reported()
    {
        _tree.File("a.pdf");
        _tree.File("b.txt");

        Assert.Empty(InputWalker.Walk([_tree.Path], new WalkOptions()).SkippedFolders);
    }

    [Fact]
    public void Include_replaces_the_default_and_exclude_removes()
    {
        _tree.File("a.txt");
        _tree.File("b.md");
        _tree.File("drafts/c.md");
        _tree.File("drafts/d.txt");
        _tree.File("sub/e.md");

        var options = new WalkOptions { Include = ["**/*.md", "drafts/**"], Exclude = ["sub/**"] };

        Assert.Equal(
            [_tree.Display("b.md"), _tree.Display("drafts/c.md"), _tree.Display("drafts/d.txt")],
            WalkRoot(options));
    }

    [Fact]
    public void Explicit_file_is_always_read_whatever_the_patterns()
    {
        var excluded = _tree.File("skip/x.txt");
        var notText = _tree.File("y.csv");
        var options = new WalkOptions { Exclude = ["skip/**", "**/*.csv"] };

        var result = InputWalker.Walk([excluded, notText], options);

        Assert.Equal([excluded, notText], Displays(result));
        Assert.All(result.Files, f => Assert.True(f.IsExplicit));
        Assert.All(result.Files, f => Assert.Equal(Path.GetFullPath(f.DisplayPath), f.FullPath));
    }

    [Fact]
    public void Files_come_in_ordinal_order_of_display_path()
    {
        // Created out of order; ordinal puts upper case before lower and é after both.
        foreach (var name in new[] { "é.txt", "a/b.txt", "Z/z.txt", "a.txt", "B.txt", "a-b.txt" })
        {
            _tree.File(name);
        }

        var expected = new[] { "B.txt", "Z/z.txt", "a-b.txt", "a.txt", "a/b.txt", "é.txt" }.Select(_tree.Display);

        Assert.Equal(expected, WalkRoot());
    }

    [Fact]
    public void Order_is_the_same_whatever_the_argument_order()
    {
        var b = _tree.File("b.txt");
        var a = _tree.File("a.txt");

        Assert.Equal(Displays(InputWalker.Walk([a, b], new WalkOptions())), Displays(InputWalker.Walk([b, a], new WalkOptions())));
    }

    [Fact]
    public void Missing_paths_are_reported_apart_in_argument_order()
    {
        _tree.File("here.txt");
        var missing1 = _tree.Combine("nope");
        var missing2 = _tree.Combine("also/nope.txt");

        var result = InputWalker.Walk([missing2, _tree.Path, missing1, missing2, ""], new WalkOptions());

        Assert.Equal([missing2, missing1, ""], result.MissingPaths);
        Assert.Equal([_tree.Display("here.txt")], Displays(result));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Same_file_reached_twice_appears_once()
    {
        var file = _tree.File("sub/a.txt");
        var sub = _tree.Combine("sub");

        var result = InputWalker.Walk([_tree.Path, sub, sub + "/", file, file, _tree.Path + "/sub/../sub/a.txt"], new WalkOptions());

        var only = Assert.Single(result.Files);
        Assert.Equal(file, only.FullPath);
        Assert.True(only.IsExplicit);
    }

    [Fact]
    public void Dash_is_stdin_once()
    {
        var result = InputWalker.Walk(["-", "-"], new WalkOptions());

        var only = Assert.Single(result.Files);
        Assert.True(only.IsStdin);
        Assert.Equal("-", only.DisplayPath);
    }

    [Fact]
    public void Empty_folder_gives_nothing()
    {
        var result = InputWalker.Walk([_tree.Folder("empty")], new WalkOptions());

        Assert.Empty(result.Files);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Cancellation_stops_the_walk()
    {
        _tree.File("a.txt");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => InputWalker.Walk([_tree.Path], new WalkOptions(), cancelled.Token));
    }
}
