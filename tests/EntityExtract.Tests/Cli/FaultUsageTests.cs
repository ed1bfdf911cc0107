using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>Command lines that once ended in "internal error" or did what they did not say.</summary>
public sealed class FaultUsageTests
{
    [Fact]
    public void A_file_named_like_a_response_file_is_read_as_a_file()
    {
        using var folder = new TempFolder();
        folder.File("@opts", "--threads\n0\n");
        folder.File("a.txt", "Angela Merkel visited Paris.");

        var result = CliProcess.Run(folder.Path, null, "-q", "@opts", "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("a.txt,1,1,0,13,PERSON,Angela Merkel", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_threads_are_lowered_with_a_note()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Angela Merkel visited Paris.");

        var result = CliProcess.Run(folder.Path, null, "-q", "--threads", "100000", "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"entity-extract: note: --threads 100000 is more than 4 per processor; using {4 * Environment.ProcessorCount}"], result.StderrLines);
        Assert.Contains("Angela Merkel", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void More_jackknife_folds_than_training_documents_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("two.conll",
            "-DOCSTART- -X- -X- O\n\nAngela NNP B-NP B-PER\nMerkel NNP I-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O O\n\n" +
            "-DOCSTART- -X- -X- O\n\nApple NNP B-NP B-ORG\nopened VBD B-VP O\nin IN B-PP O\nBerlin NNP B-NP B-LOC\n. . O O\n\n");

        var result = CliProcess.Run(folder.Path, null, "train", "--train", "two.conll", "--dev", "two.conll", "--jackknife-folds", "5", "--epochs", "1", "-o", "m.bin");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("entity-extract: Jackknifing into 5 folds needs at least 5 training documents; the training files have 2.", result.StderrLines[^1]);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
    }
}
