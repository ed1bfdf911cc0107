using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Golden;

/// <summary>What users see, pinned: the samples' entities and the help text.</summary>
public sealed class GoldenOutputTests
{
    [Fact]
    public void Extract_on_the_samples_gives_the_golden_csv()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "extract", "-q", "samples");

        Assert.Equal(0, result.ExitCode);
        GoldenFile.Check(Path.Combine(RepoPaths.Samples, "golden", "extract.csv"), result.Stdout);
    }

    [Fact]
    public void Corpus_table_of_the_samples_gives_the_golden_csv()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "extract", "-q", "--group", "corpus", "samples");

        Assert.Equal(0, result.ExitCode);
        GoldenFile.Check(Path.Combine(RepoPaths.Samples, "golden", "corpus.csv"), result.Stdout);
    }

    [Theory]
    [InlineData("help.txt")]
    [InlineData("help-extract.txt", "extract")]
    [InlineData("help-tokenize.txt", "tokenize")]
    [InlineData("help-train.txt", "train")]
    [InlineData("help-eval.txt", "eval")]
    [InlineData("help-merge.txt", "merge")]
    [InlineData("help-clusters.txt", "clusters")]
    public void Help_output_is_the_approved_text(string golden, params string[] command)
    {
        var result = CliProcess.Run(RepoPaths.Root, null, [.. command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        GoldenFile.Check(Path.Combine(RepoPaths.Root, "tests", "EntityExtract.Tests", "Golden", golden), result.Stdout);
    }
}
