using System.Text;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>Interrupted runs, killed runs and closed pipes: no half-written files, no stack traces.</summary>
public sealed class InterruptTests
{
    [Fact]
    public async Task Sigterm_stops_the_run_with_130_and_leaves_the_previous_output_untouched()
    {
        using var folder = LargeInput();
        var output = folder.File("out.csv", "previous good output\n");
        using var process = CliProcess.Start(folder.Path, "extract", "docs", "--threads", "1", "-o", "out.csv");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        WaitForWorkToStart(folder);

        CliProcess.Terminate(process);

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the run did not stop promptly");
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("entity-extract: interrupted", await stderr);
        Assert.Equal("previous good output\n", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public void A_killed_run_leaves_the_previous_output_untouched()
    {
        using var folder = LargeInput();
        var output = folder.File("out.csv", "previous good output\n");
        using var process = CliProcess.Start(folder.Path, "extract", "docs", "--threads", "1", "-o", "out.csv");
        process.StandardInput.Close();
        WaitForWorkToStart(folder);

        process.Kill();
        process.WaitForExit();

        Assert.Equal("previous good output\n", File.ReadAllText(output));
    }

    [Fact]
    public async Task A_closed_stdout_ends_the_run_quietly_with_exit_0()
    {
        using var folder = LargeInput();
        using var process = CliProcess.Start(folder.Path, "extract", "docs", "--threads", "1");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();

        var header = process.StandardOutput.ReadLine();
        process.StandardOutput.Close(); // like `| head -1`

        Assert.Equal("file,line,column,start,end,type,text,score,canonical", header);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the run did not notice the closed pipe");
        Assert.Equal(0, process.ExitCode);
        var messages = await stderr;
        Assert.DoesNotContain("Unhandled", messages);
        Assert.DoesNotContain("Exception", messages);
    }

    /// <summary>About 8 MB of news text: long enough to interrupt in the middle.</summary>
    internal static TempFolder LargeInput()
    {
        var folder = new TempFolder();
        var samples = Directory.GetFiles(RepoPaths.Samples, "*.txt").Select(File.ReadAllText).ToArray();
        for (var file = 0; file < 40; file++)
        {
            var text = new StringBuilder();
            for (var i = 0; text.Length < 200_000; i++)
            {
                text.Append(samples[(file + i) % samples.Length]).Append("\n\n");
            }

            folder.File($"docs/{file:D3}.txt", text.ToString());
        }

        return folder;
    }

    /// <summary>The temporary output file appears once the run has parsed its options and started.</summary>
    private static void WaitForWorkToStart(TempFolder folder)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Directory.GetFiles(folder.Path, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }).Length == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Thread.Sleep(300);
    }
}
