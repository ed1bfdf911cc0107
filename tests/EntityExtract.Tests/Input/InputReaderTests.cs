using System.Text;
using EntityExtract.Input;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input;

public sealed class InputReaderTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Reads_and_decodes_a_file()
    {
        var path = _tree.File("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café\r\n")]);

        var outcome = InputReader.Read(new InputFile("a.txt", path));

        Assert.Null(outcome.Problem);
        Assert.Equal("Café\r\n", outcome.Text!.Text);
        Assert.Equal(TextEncodingKind.Utf8Bom, outcome.Text.Encoding);
    }

    [Fact]
    public void Empty_file_is_empty_text()
    {
        var path = _tree.File("empty.txt", []);

        Assert.Equal(string.Empty, InputReader.Read(new InputFile("empty.txt", path)).Text!.Text);
    }

    [Fact]
    public void Binary_file_found_by_walking_is_a_problem()
    {
        var path = _tree.File("blob.txt", [(byte)'a', 0, (byte)'b']);

        var outcome = InputReader.Read(new InputFile("d/blob.txt", path));

        Assert.Null(outcome.Text);
        Assert.Equal(new InputProblem("d/blob.txt", "is a binary file (NUL byte in the first 8 KB)"), outcome.Problem);
    }

    [Fact]
    public void Binary_file_named_explicitly_is_a_problem_too()
    {
        var path = _tree.File("blob.txt", [(byte)'a', 0, (byte)'b']);

        var outcome = InputReader.Read(new InputFile("blob.txt", path) { IsExplicit = true });

        Assert.Null(outcome.Text);
        Assert.Equal(new InputProblem("blob.txt", "is a binary file (NUL byte in the first 8 KB)"), outcome.Problem);
    }

    [Fact]
    public void Nul_past_the_probe_is_read()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('x', InputLimits.BinaryProbeBytes * 3));
        bytes[InputLimits.BinaryProbeBytes + 1] = 0;
        var path = _tree.File("late-nul.txt", bytes);

        var outcome = InputReader.Read(new InputFile("late-nul.txt", path));

        Assert.Equal(bytes.Length, outcome.Text!.Text.Length);
    }

    [Fact]
    public void File_over_the_size_limit_is_a_problem()
    {
        var path = _tree.Combine("huge.txt");
        using (var stream = File.Create(path))
        {
            // Sparse: takes no disk space and is never read, only measured.
            stream.SetLength(InputLimits.MaxFileBytes + 1);
        }

        var outcome = InputReader.Read(new InputFile("huge.txt", path));

        Assert.StartsWith("file too large", outcome.Problem!.Reason);
    }

    [Fact]
    public void Vanished_file_is_a_problem()
    {
        var outcome = InputReader.Read(new InputFile("gone.txt", _tree.Combine("gone.txt")));

        Assert.Equal(new InputProblem("gone.txt", "no such file (it vanished during the run)"), outcome.Problem);
    }

    [Fact]
    public void Broken_link_is_a_problem()
    {
        var link = _tree.Combine("dangling.txt");
        File.CreateSymbolicLink(link, _tree.Combine("nowhere.txt"));

        var outcome = InputReader.Read(new InputFile("dangling.txt", link));

        Assert.Equal("broken symbolic link", outcome.Problem!.Reason);
    }

    [Fact]
    public void Overlong_path_is_a_problem()
    {
        var path = _tree.Combine(new string('n', 300) + ".txt");

        var outcome = InputReader.Read(new InputFile("long.txt", path));

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

        var outcome = InputReader.Read(new InputFile("locked.txt", path));

        Assert.Equal(new InputProblem("locked.txt", "permission denied"), outcome.Problem);
    }

    [Fact]
    public void Reads_stdin_from_the_given_stream_without_closing_it()
    {
        using var stdin = new MemoryStream([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("from a pipe")]);

        var outcome = InputReader.Read(InputFile.Stdin, stdin);

        Assert.Equal("from a pipe", outcome.Text!.Text);
        Assert.Equal(TextEncodingKind.Utf16LE, outcome.Text.Encoding);
        Assert.True(stdin.CanRead);
    }

    [Fact]
    public void Stdin_that_fails_is_a_problem_for_dash()
    {
        var outcome = InputReader.Read(InputFile.Stdin, new FailingStream());

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
