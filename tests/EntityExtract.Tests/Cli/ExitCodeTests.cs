using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>The exit-code and stderr contract of the README, checked on the real executable.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void A_clean_run_exits_0_and_writes_only_data_to_stdout()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Angela Merkel visited Paris.");

        var result = CliProcess.Run(folder.Path, null, "tokenize", "a.txt");

        Assert.Equal(0, result.ExitCode);
        var summary = Assert.Single(result.StderrLines);
        Assert.Matches(@"^entity-extract: 1 files, 28 bytes, 5 tokens, 5 rows, 0 failed, \d+\.\d\d s$", summary);
        Assert.StartsWith("file,sentence,start,end,text\n", result.Stdout);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run(folder.Path, null, "tokenize", "no-such-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["entity-extract: no-such-folder: no such file or folder"], result.StderrLines);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_not_exit_1()
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run(folder.Path, null, "tokenize", "--threads", "many", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.All(result.StderrLines, line => Assert.StartsWith("entity-extract: ", line));
    }

    [Fact]
    public void Zero_threads_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "x");

        var result = CliProcess.Run(folder.Path, null, "tokenize", "--threads", "0", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--threads", result.Stderr);
    }

    [Fact]
    public void A_bad_file_is_reported_in_one_line_and_the_run_goes_on_with_exit_1()
    {
        using var folder = new TempFolder();
        folder.File("docs/a.txt", "First file.");
        folder.File("docs/b.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        folder.File("docs/c.txt", "Third file.");

        var result = CliProcess.Run(folder.Path, null, "tokenize", "--quiet", "docs");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("entity-extract: docs/b.txt: ", line);
        Assert.Contains("docs/a.txt,0,0,5,First", result.Stdout);
        Assert.Contains("docs/c.txt,0,0,5,Third", result.Stdout);
    }

    [Fact]
    public void Stdin_is_read_when_no_path_is_given_and_its_file_column_is_a_dash()
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run(folder.Path, "Hello world", "tokenize");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("file,sentence,start,end,text\n-,0,0,5,Hello\n-,0,6,11,world\n", result.Stdout);
    }

    [Fact]
    public void Output_file_replaces_the_old_one_only_on_success()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Hello");
        var output = folder.File("out.csv", "previous good output\n");

        var failed = CliProcess.Run(folder.Path, null, "tokenize", "a.txt", "missing.txt", "-o", "out.csv");
        Assert.Equal(2, failed.ExitCode);
        Assert.Equal("previous good output\n", File.ReadAllText(output));

        var succeeded = CliProcess.Run(folder.Path, null, "tokenize", "a.txt", "-o", "out.csv");
        Assert.Equal(0, succeeded.ExitCode);
        Assert.Equal("file,sentence,start,end,text\na.txt,0,0,5,Hello\n", File.ReadAllText(output));
        Assert.Equal(["a.txt", "out.csv"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
