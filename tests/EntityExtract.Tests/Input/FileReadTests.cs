using System.Text;
using EntityExtract.Input;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input;

/// <summary>One small file read through <see cref="PieceReader"/>, the path every run takes: text or a problem.</summary>
public sealed class FileReadTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    /// <summary>The one outcome of reading a file smaller than a piece.</summary>
    internal static PieceOutcome ReadOne(InputFile file, Stream? stdin = null) => Assert.Single(PieceReader.Read(file, stdin));

    [Fact]
    public void Reads_and_decodes_a_file()
    {
        var path = _tree.File("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café\r\n")]);

        var outcome = ReadOne(new InputFile("a.txt", path));

        Assert.Null(outcome.Problem);
        Assert.Equal("Café\r\n", outcome.Piece!.Text);
        Assert.Null(outcome.Piece.Warning);
    }

    [Fact]
    public void Empty_file_is_empty_text()
    {
        var path = _tree.File("empty.txt", []);

        Assert.Equal(string.Empty, ReadOne(new InputFile("empty.txt", path)).Piece!.Text);
    }

    [Fact]
    public void Binary_file_found_by_walking_is_a_problem()
    {
        var path = _tree.File("blob.txt", [(byte)'a', 0, (byte)'b']);

        var outcome = ReadOne(new InputFile("d/blob.txt", path));

        Assert.Null(outcome.Piece);
        Assert.Equal(new InputProblem("d/blob.txt", "is a binary file (NUL byte in the first 8 KB)"), outcome.Problem);
    }

    [Fact]
    public void Binary_file_named_explicitly_is_a_problem_too()
    {
        var path = _tree.File("blob.txt", [(byte)'a', 0, (byte)'b']);

        var outcome = ReadOne(new InputFile("blob.txt", path) { IsExplicit = true });

        Assert.Null(outcome.Piece);
        Assert.Equal(new InputProblem("blob.txt", "is a binary file (NUL byte in the first 8 KB)"), outcome.Problem);
    }

    [Fact]
    public void Nul_past_the_probe_is_read()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('x', InputLimits.BinaryProbeBytes * 3));
        bytes[InputLimits.BinaryProbeBytes + 1] = 0;
        var path = _tree.File("late-nul.txt", bytes);

        var outcome = ReadOne(new InputFile("late-nul.txt", path));

        Assert.Equal(bytes.Length, outcome.Piece!.Text.Length);
    }

    [Fact]
    public void Vanished_file_is_a_problem()
    {
        var outcome = ReadOne(new InputFile("gone.txt", _tree.Combine("gone.txt")));

        Assert.Equal(new InputProblem("gone.txt", "no such file (it vanished during the run)"), outcome.Problem);
    }

    [Fact]
    public void Broken_link_is_a_problem()
    {
        var link = _tree.Combine("dangling.txt");
        File.CreateSymbolicLink(link, _tree.Combine("nowhere.txt"));

        var outcome = ReadOne(new InputFile("dangling.txt", link));

        Assert.Equal("broken symbolic link", outcome.Problem!.Reason);
    }

    [Fact]
    public void Overlong_path_is_a_problem()
    {
        var path = _tree.Combine(new string('n', 300) + ".txt");

        var outcome = ReadOne(new InputFile("long.txt", path));

        Assert.Equal("path too long", outcome.Problem!.Reason);
    }

    [Fact]
    public void Unreadable_file_is_a_problem()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = _tree.File("locked.txt");
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (CanOpen(path))
        {
            // Running as root, where permission bits are not enforced: nothing to observe.
            return;
        }

        var outcome = ReadOne(new InputFile("locked.txt", path));

        Assert.Equal(new InputProblem("locked.txt", "permission denied"), outcome.Problem);
    }

    [Fact]
    public void Reads_stdin_from_the_given_stream_without_closing_it()
    {
        using var stdin = new MemoryStream([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("from a pipe")]);

        var outcome = ReadOne(InputFile.Stdin, stdin);

        Assert.Equal("from a pipe", outcome.Piece!.Text);
        Assert.True(stdin.CanRead);
    }

    [Fact]
    public void Stdin_that_fails_is_a_problem_for_dash()
    {
        var outcome = ReadOne(InputFile.Stdin, new FailingStream());

        Assert.Equal("-", outcome.Problem!.DisplayPath);
    }

    internal static bool CanOpen(string path)
    {
        try
        {
            File.OpenRead(path).Dispose();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("Input/output error");

        public override bool CanSeek => false;
    }
}
