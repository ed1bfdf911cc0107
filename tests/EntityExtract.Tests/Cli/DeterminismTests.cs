using System.Text;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>The same input gives byte-identical output at any thread count, for every kind of table.</summary>
public sealed class DeterminismTests
{
    [Theory]
    [InlineData("extract")]
    [InlineData("tokenize")]
    [InlineData("extract", "--group", "file")]
    [InlineData("extract", "--group", "corpus")]
    [InlineData("extract", "--format", "jsonl", "--context", "20")]
    public void Output_is_identical_with_1_2_and_8_threads(params string[] command)
    {
        using var folder = Tree();

        var outputs = new[] { "1", "2", "8" }
            .Select(threads => CliProcess.Run(folder.Path, null, [.. command, "--threads", threads, "-q", "docs"]))
            .ToList();

        Assert.All(outputs, o => Assert.Equal(0, o.ExitCode));
        Assert.True(outputs[0].StdoutBytes.Length > 1000, "expected real output");
        Assert.Equal(outputs[0].StdoutBytes, outputs[1].StdoutBytes);
        Assert.Equal(outputs[0].StdoutBytes, outputs[2].StdoutBytes);
    }

    /// <summary>The samples, plus a file large enough to be read in several pieces.</summary>
    private static TempFolder Tree()
    {
        var folder = new TempFolder();
        foreach (var sample in Directory.GetFiles(RepoPaths.Samples, "*.txt"))
        {
            folder.File("docs/" + Path.GetFileName(sample), File.ReadAllText(sample));
        }

        var paragraphs = Directory.GetFiles(RepoPaths.Samples, "*.txt").Select(File.ReadAllText).ToArray();
        var large = new StringBuilder();
        for (var i = 0; large.Length < 2_500_000; i++)
        {
            large.Append(paragraphs[i % paragraphs.Length]).Append("\n\n");
        }

        folder.File("docs/big/archive.txt", large.ToString());
        return folder;
    }
}
