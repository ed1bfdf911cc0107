using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Golden;

/// <summary>Help that leads: short, grouped, 80 columns, each default once, no .NET names.</summary>
public sealed class HelpTests
{
    private static string Help(params string[] command) => CliProcess.Run(RepoPaths.Root, null, [.. command, "--help"]).Stdout;

    public static TheoryData<string> Commands => new() { "", "extract", "tokenize", "merge", "report", "train", "eval", "clusters" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_fits_80_columns_and_names_no_dotnet_type(string command)
    {
        var help = command.Length == 0 ? Help() : Help(command);

        Assert.All(help.Split('\n'), line => Assert.True(line.Length <= 80, $"longer than 80 columns: {line}"));
        Assert.DoesNotContain("System.", help, StringComparison.Ordinal);
        Assert.DoesNotContain("[default:", help, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<[A-Z][a-z]+\|", help);
    }

    [Fact]
    public void Extract_help_is_under_50_lines_in_four_groups_in_order()
    {
        var lines = Help("extract").Split('\n');

        Assert.True(lines.Length < 50, $"extract --help has {lines.Length} lines");
        var groups = lines.Where(line => line.StartsWith("What to ", StringComparison.Ordinal) || line == "Running at scale:" || line.EndsWith("options:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["What to read:", "What to find:", "What to write:", "Running at scale:"], groups);
    }

    [Fact]
    public void Extract_help_states_each_default_once()
    {
        var help = Help("extract");

        foreach (var option in new[] { "--threads", "--group", "--format", "--progress" })
        {
            var row = help[help.IndexOf("  " + option + " ", StringComparison.Ordinal)..];
            row = row[..row.IndexOf("\n  -", 1, StringComparison.Ordinal)];
            Assert.Equal(1, CountOf(row, "default"));
        }
    }

    [Fact]
    public void Top_level_help_shows_usage_common_options_and_three_examples()
    {
        var help = Help();

        Assert.Contains("Usage: entity-extract [extract] PATH... [options]", help);
        foreach (var option in new[] { "--output", "--group", "--types", "--context", "--min-score" })
        {
            Assert.Contains(option + " ", help);
        }

        var examples = help[help.IndexOf("Examples:\n", StringComparison.Ordinal)..].Split('\n').Skip(1).TakeWhile(l => l.Length > 0);
        Assert.Equal(3, examples.Count(l => l.StartsWith("  entity-extract ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Enum_values_in_help_are_lower_case()
    {
        var help = Help("extract");

        Assert.Contains("none (default)", help);
        Assert.Contains("auto (default), always or never", help);
        Assert.DoesNotContain("Corpus", help, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string word) =>
        (text.Length - text.Replace(word, string.Empty, StringComparison.Ordinal).Length) / word.Length;
}
