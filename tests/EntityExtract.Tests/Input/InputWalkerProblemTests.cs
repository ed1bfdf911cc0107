using EntityExtract.Input;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input;

public sealed class InputWalkerProblemTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Unreadable_folder_is_a_problem_and_the_walk_goes_on()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _tree.File("fine.txt");
        _tree.File("locked/secret.txt");
        var locked = _tree.Combine("locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        if (CanList(locked))
        {
            // Running as root, where permission bits are not enforced: nothing to observe.
            return;
        }

        var result = InputWalker.Walk([_tree.Path], new WalkOptions());

        Assert.Equal([_tree.Display("fine.txt")], result.Files.Select(f => f.DisplayPath));
        Assert.Equal([new InputProblem(_tree.Display("locked"), "permission denied")], result.Problems);
    }

    [Fact]
    public void Unreadable_file_is_listed_then_reported_when_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = _tree.File("locked.txt");
        File.SetUnixFileMode(path, UnixFileMode.None);

        var result = InputWalker.Walk([_tree.Path], new WalkOptions());
        var file = Assert.Single(result.Files);
        var outcome = FileReadTests.ReadOne(file);

        if (!FileReadTests.CanOpen(path))
        {
            Assert.Equal(new InputProblem(_tree.Display("locked.txt"), "permission denied"), outcome.Problem);
        }
        else
        {
            Assert.NotNull(outcome.Piece);
        }
    }

    [Fact]
    public void Broken_link_found_by_walking_is_reported_when_read()
    {
        File.CreateSymbolicLink(_tree.Combine("dangling.txt"), _tree.Combine("nowhere.txt"));

        var file = Assert.Single(InputWalker.Walk([_tree.Path], new WalkOptions()).Files);

        Assert.Equal("broken symbolic link", FileReadTests.ReadOne(file).Problem!.Reason);
    }

    [Fact]
    public void Binary_file_found_by_walking_is_skipped_when_read()
    {
        _tree.File("blob.txt", [1, 2, 0, 3]);

        var file = Assert.Single(InputWalker.Walk([_tree.Path], new WalkOptions()).Files);

        Assert.Equal(
            new InputProblem(_tree.Display("blob.txt"), "is a binary file (NUL byte in the first 8 KB)"),
            FileReadTests.ReadOne(file).Problem);
    }

    private static bool CanList(string folder)
    {
        try
        {
            Directory.EnumerateFileSystemEntries(folder).ToList();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
