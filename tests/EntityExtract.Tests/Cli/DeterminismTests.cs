using System.Text;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>The same input gives byte-identical output at any thread count, for every kind of table.</summary>
public sealed class DeterminismTests
{
    public static TheoryData<string[]> Commands => new()
    {
        new[] { "extract" },
        new[] { "tokenize" },
        new[] { "extract", "--group", "file" },
        new[] { "extract", "--group", "corpus" },
        new[] { "extract", "--format", "jsonl", "--context", "20" },
    };

    /// <summary>Three 256 KiB pieces of one file and the four samples: enough work items to interleave.</summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_is_identical_with_1_and_8_threads(string[] command) => Check(command, 600_000, "1", "8");

    /// <summary>The same with ten pieces and a third thread count: in CI, with the slow tests.</summary>
    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Commands))]
    public void Output_is_identical_with_1_2_and_8_threads_on_ten_pieces(string[] command) => Check(command, 2_500_000, "1", "2", "8");

    private static void Check(string[] command, int largeFileChars, params string[] threadCounts)
    {
        using var folder = Tree(largeFileChars);

        var outputs = threadCounts
            .Select(threads => CliProcess.Run(folder.Path, null, [.. command, "--threads", threads, "-q", "docs"]))
            .ToList();

        Assert.All(outputs, o => Assert.Equal(0, o.ExitCode));
        Assert.True(outputs[0].StdoutBytes.Length > 1000, "expected real output");
        for (var i = 1; i < outputs.Count; i++)
        {
            var first = outputs[0].StdoutBytes.AsSpan();
            var other = outputs[i].StdoutBytes.AsSpan();
            Assert.True(first.SequenceEqual(other), $"{threadCounts[i]} threads differ from 1 at byte {first.CommonPrefixLength(other)}");
        }
    }

    /// <summary>The samples, plus a file large enough to be read in several pieces.</summary>
    private static TempFolder Tree(int largeFileChars)
    {
        var folder = new TempFolder();
        foreach (var sample in Directory.GetFiles(RepoPaths.Samples, "*.txt"))
        {
            folder.File("docs/" + Path.GetFileName(sample), File.ReadAllText(sample));
        }

        var paragraphs = Directory.GetFiles(RepoPaths.Samples, "*.txt").Select(File.ReadAllText).ToArray();
        var large = new StringBuilder();
        for (var i = 0; large.Length < largeFileChars; i++)
        {
            large.Append(paragraphs[i % paragraphs.Length]).Append("\n\n");
        }

        folder.File("docs/big/archive.txt", large.ToString());
        return folder;
    }
}
