using System.Diagnostics;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>
/// Reads that can block forever — stdin from a silent writer, a FIFO — never keep a run alive:
/// a walk skips FIFOs, and SIGTERM or SIGINT ends <c>extract</c>, <c>tokenize</c> and
/// <c>merge</c> within a second, with exit 130 and no temporary file left behind.
/// </summary>
public sealed class BlockingInputTests
{
    [UnixFact]
    public void A_fifo_met_while_walking_is_skipped_with_a_message()
    {
        using var folder = OutputPathTests.Docs();

        var result = CliProcess.Shell(folder.Path, "mkfifo docs/pipe.txt && timeout 20 $EE -q docs", TimeSpan.FromSeconds(30));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["entity-extract: docs/pipe.txt: is a FIFO (named pipe); skipped (folders are read for regular files only; name it to read it)"], result.StderrLines);
        Assert.Contains("Angela Merkel", result.Stdout);
    }

    [UnixFact]
    public void A_named_fifo_is_read()
    {
        using var folder = OutputPathTests.Docs();

        var result = CliProcess.Shell(folder.Path, "mkfifo f && (cat docs/a.txt > f &) && timeout 20 $EE -q f", TimeSpan.FromSeconds(30));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("f,1,1,0,13,PERSON,Angela Merkel", result.Stdout);
    }

    [UnixTheory]
    [InlineData("TERM", "extract", "-")]
    [InlineData("INT", "extract", "-")]
    [InlineData("TERM", "tokenize", "-")]
    [InlineData("TERM", "extract", "--input-format", "jsonl", "-")]
    [InlineData("TERM", "merge", "-")]
    [InlineData("INT", "merge", "-")]
    [InlineData("TERM", "extract", "fifo")]
    [InlineData("INT", "merge", "fifo")]
    public void A_blocked_read_ends_within_a_second_on_a_signal(string signal, params string[] args)
    {
        using var folder = new TempFolder();
        folder.File("out.csv", "previous\n");
        using (var mkfifo = Process.Start("mkfifo", [folder.Combine("fifo")]))
        {
            mkfifo.WaitForExit();
        }

        // stdin is a pipe whose writer never writes, as in `sleep 60 | entity-extract -`; the
        // FIFO has no writer at all, so even opening it blocks.
        using var process = CliProcess.Start(folder.Path, [.. args, "-o", "out.csv"]);
        var stderr = process.StandardError.ReadToEndAsync();
        Thread.Sleep(1500); // past the runtime's start, into the blocked read

        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var stopped = process.WaitForExit(TimeSpan.FromSeconds(10));
        var took = clock.Elapsed;
        if (!stopped)
        {
            process.Kill();
        }

        Assert.True(stopped, "the run did not stop");
        Assert.True(took < TimeSpan.FromSeconds(1.5), $"it took {took.TotalMilliseconds:0} ms to stop");
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("entity-extract: interrupted", stderr.Result);
        Assert.Equal("previous\n", File.ReadAllText(folder.Combine("out.csv")));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
    }
}
