using System.Text;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>
/// A write that fails is a failure: exit 1 and one line when stderr works. Only a reader that
/// closed stdout (EPIPE) is a quiet success, and a warning that cannot be printed never costs a row.
/// </summary>
public sealed class WriteErrorTests
{
    [UnixFact]
    public void A_full_stdout_is_exit_1_with_one_line()
    {
        using var folder = OutputPathTests.Docs();

        var result = CliProcess.Shell(folder.Path, "$EE -q docs > /dev/full; echo \"extract=$?\"; $EE -q --group corpus docs > t.csv; $EE merge t.csv > /dev/full; echo \"merge=$?\"");

        Assert.Equal("extract=1\nmerge=1\n", result.Stdout);
        Assert.Equal(
            ["entity-extract: standard output: cannot write (No space left on device)", "entity-extract: standard output: cannot write (No space left on device)"],
            result.StderrLines);
    }

    [UnixFact]
    public void A_full_output_file_is_exit_1_with_one_line()
    {
        using var folder = OutputPathTests.Docs();

        var result = CliProcess.Run(folder.Path, null, "-q", "docs", "-o", "/dev/full");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("entity-extract: /dev/full: cannot write (No space left on device", line);
    }

    [UnixFact]
    public void A_full_stderr_costs_no_row_and_makes_exit_1()
    {
        using var folder = OutputPathTests.Docs();
        folder.File("docs/c.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners in Lyon met Fran\u00e7ois Hollande.\n"));
        var all = CliProcess.Run(folder.Path, null, "docs");

        var full = CliProcess.Shell(folder.Path, "$EE docs 2>/dev/full");
        var closed = CliProcess.Shell(folder.Path, "$EE docs 2>&-");
        var quietClosed = CliProcess.Shell(folder.Path, "$EE -q docs/a.txt 2>&-");

        Assert.Contains("warning: not valid UTF-8", all.Stderr);
        Assert.Equal(all.Stdout, full.Stdout);
        Assert.Equal(all.Stdout, closed.Stdout);
        Assert.Equal(1, full.ExitCode);
        Assert.Equal(1, closed.ExitCode);
        Assert.Equal(0, quietClosed.ExitCode); // nothing had to be said
    }

    [UnixFact]
    public void A_closed_pipe_is_still_a_quiet_success()
    {
        using var folder = OutputPathTests.Docs();

        var result = CliProcess.Shell(folder.Path, "set -o pipefail; yes 'Angela Merkel met Emmanuel Macron in Paris.' 2>/dev/null | head -c 3000000 > big.txt; $EE -q big.txt | head -1; echo \"rc=$?\"");

        Assert.Equal("file,line,column,start,end,type,text,score,canonical\nrc=0\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }
}
