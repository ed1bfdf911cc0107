using EntityExtract.Cli.Terminal;
using EntityExtract.Input;
using EntityExtract.Pipeline;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Pipeline;

/// <summary>Progress counts bytes, moves inside a large file, and estimates time from bytes.</summary>
public sealed class ProgressTests
{
    private sealed class Recorder : IRunObserver
    {
        public List<RunProgress> Steps { get; } = [];

        public void Problem(InputProblem problem)
        {
        }

        public void Warning(string displayPath, string message)
        {
        }

        public void Progress(RunProgress progress) => Steps.Add(progress);
    }

    [Fact]
    public void A_large_file_reports_progress_piece_by_piece_in_bytes()
    {
        using var folder = new TempFolder();
        var text = string.Concat(Enumerable.Repeat("Angela Merkel visited Paris.\n\n", 60_000)); // about 1.8 MB
        folder.File("docs/big.txt", text);
        folder.File("docs/small.txt", "Boris Johnson.");
        var input = RunInput.Find(new RunSettings { Paths = [folder.Combine("docs")], Threads = 2 });
        var recorder = new Recorder();

        input.Run(RunPlan.Tokenize(), Stream.Null, recorder, null, CancellationToken.None);

        var steps = recorder.Steps;
        Assert.True(steps.Count(s => s.FilesDone == 0) >= 5, $"only {steps.Count} progress steps for a 1.8 MB file");
        Assert.Equal(steps.Select(s => s.BytesDone).Order(), steps.Select(s => s.BytesDone));
        Assert.Equal(text.Length + 14, steps[^1].BytesDone);
        Assert.Equal(new RunProgress(text.Length + 14, 2, 2), steps[^1]);
    }

    [Fact]
    public void The_line_puts_bytes_first_and_files_second()
    {
        var line = ProgressLine.Text(new RunProgress(12_500_000, 210, 2130), 40_000_000, TimeSpan.FromSeconds(2));

        Assert.Equal("12.5 of 40.0 MB (31%), 210/2130 files, 6.3 MB/s, ETA 0:04", line);
    }

    [Fact]
    public void The_time_left_comes_from_bytes_not_files()
    {
        // Nearly every file done, but the big one still to read: most of the time is left.
        var line = ProgressLine.Text(new RunProgress(10_000_000, 2118, 2130), 100_000_000, TimeSpan.FromSeconds(10));

        Assert.EndsWith("2118/2130 files, 1.0 MB/s, ETA 1:30", line);
    }

    [Fact]
    public void Without_a_known_size_there_is_no_estimate()
    {
        var line = ProgressLine.Text(new RunProgress(3_000_000, 0, 1), null, TimeSpan.FromSeconds(1));

        Assert.Equal("3.0 MB, 0 files, 3.0 MB/s", line);
    }

    [Fact]
    public void A_slow_run_shows_its_pace_in_kilobytes()
    {
        // The accurate model reads some 30 KB of text a second: "0.0 MB/s" would say nothing.
        var line = ProgressLine.Text(new RunProgress(340_000, 3, 10), 3_400_000, TimeSpan.FromSeconds(10));

        Assert.Equal("0.3 of 3.4 MB (10%), 3/10 files, 34 KB/s, ETA 1:30", line);
    }
}
