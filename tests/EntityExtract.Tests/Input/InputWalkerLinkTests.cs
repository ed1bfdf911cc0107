using EntityExtract.Input;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input;

public sealed class InputWalkerLinkTests : IDisposable
{
    private readonly TempFolder _tree = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _tree.Dispose();
        _outside.Dispose();
    }

    private static readonly WalkOptions Follow = new() { FollowLinks = true };

    private string[] WalkRoot(WalkOptions options) =>
        InputWalker.Walk([_tree.Path], options).Files.Select(f => f.DisplayPath).ToArray();

    [Fact]
    public void Linked_folder_is_not_followed_by_default()
    {
        _tree.File("own.txt");
        _outside.File("far.txt");
        Directory.CreateSymbolicLink(_tree.Combine("link"), _outside.Path);

        Assert.Equal([_tree.Display("own.txt")], WalkRoot(new WalkOptions()));
    }

    [Fact]
    public void Linked_folder_is_followed_when_asked()
    {
        _tree.File("own.txt");
        _outside.File("far.txt");
        Directory.CreateSymbolicLink(_tree.Combine("link"), _outside.Path);

        Assert.Equal([_tree.Display("link/far.txt"), _tree.Display("own.txt")], WalkRoot(Follow));
    }

    [Fact]
    public void Linked_file_is_read()
    {
        var target = _outside.File("far.txt");
        File.CreateSymbolicLink(_tree.Combine("near.txt"), target);

        Assert.Equal([_tree.Display("near.txt")], WalkRoot(new WalkOptions()));
    }

    [Fact]
    public void Loop_through_links_ends()
    {
        _tree.File("a/x.txt");
        Directory.CreateSymbolicLink(_tree.Combine("a/back-to-root"), _tree.Path);
        Directory.CreateSymbolicLink(_tree.Combine("a/self"), ".");
        Directory.CreateSymbolicLink(_tree.Combine("b"), "a");

        var result = InputWalker.Walk([_tree.Path], Follow);

        // Every folder is walked once, under the path it has without links.
        Assert.Equal([_tree.Display("a/x.txt")], result.Files.Select(f => f.DisplayPath));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Plain_path_wins_over_an_earlier_link()
    {
        // "a-link" sorts before "z" and points to it; the file keeps its real path.
        _tree.File("z/file.txt");
        Directory.CreateSymbolicLink(_tree.Combine("a-link"), _tree.Combine("z"));

        Assert.Equal([_tree.Display("z/file.txt")], WalkRoot(Follow));
    }

    [Fact]
    public void Link_that_points_at_itself_does_not_hang()
    {
        _tree.File("ok.txt");
        Directory.CreateSymbolicLink(_tree.Combine("self"), _tree.Combine("self"));

        var result = InputWalker.Walk([_tree.Path], Follow);

        Assert.Equal([_tree.Display("ok.txt")], result.Files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void Folder_argument_that_is_a_link_is_walked()
    {
        _outside.File("far.txt");
        var link = _tree.Combine("named-link");
        Directory.CreateSymbolicLink(link, _outside.Path);

        var result = InputWalker.Walk([link], new WalkOptions());

        Assert.Equal([link + "/far.txt"], result.Files.Select(f => f.DisplayPath));
    }
}
