using System.Globalization;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>
/// A closed terminal or a dropped ssh session (SIGHUP) ends a run as SIGTERM does; a closed stdin
/// or stdout is a usage error, not a run that waits forever or an internal error.
/// </summary>
public sealed class HangupAndClosedStreamTests
{
    [UnixFact]
    public async Task Sighup_stops_the_run_with_130_and_removes_the_temporary_output()
    {
        using var folder = InterruptTests.LargeInput();

        var output = folder.File("out.csv", "previous good output\n");
        using var process = CliProcess.Start(folder.Path, "extract", "docs", "--threads", "1", "-o", "out.csv");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Temporaries(folder).Length == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Thread.Sleep(300);
        using (var hangup = System.Diagnostics.Process.Start("kill", ["-HUP", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            hangup.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the run did not stop promptly");
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("entity-extract: interrupted", await stderr, StringComparison.Ordinal);
        Assert.Equal("previous good output\n", File.ReadAllText(output));
        Assert.Empty(Temporaries(folder));
    }

    [UnixFact]
    public void A_closed_stdin_is_a_usage_error_not_a_wait()
    {
        using var folder = new TempFolder();

        var result = CliProcess.Shell(folder.Path,
            "$EE -q - <&-; echo \"extract=$?\"; $EE tokenize -q - <&-; echo \"tokenize=$?\"; $EE merge - <&-; echo \"merge=$?\"",
            TimeSpan.FromSeconds(60));

        Assert.Equal("extract=2\ntokenize=2\nmerge=2\n", result.Stdout);
        Assert.Equal(
            ["entity-extract: -: standard input is closed; nothing to read", "entity-extract: -: standard input is closed; nothing to read", "entity-extract: -: standard input is closed; nothing to read"],
            result.StderrLines);
    }

    [UnixFact]
    public void A_closed_stdout_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Angela Merkel visited Paris.\n");

        var result = CliProcess.Shell(folder.Path, "$EE -q a.txt >&-; echo \"rc=$?\" >&2", TimeSpan.FromSeconds(60));

        Assert.Equal(["entity-extract: standard output is closed; give -o FILE to write the table", "rc=2"], result.StderrLines);
    }

    private static string[] Temporaries(TempFolder folder) =>
        Directory.GetFiles(folder.Path, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 });
}
