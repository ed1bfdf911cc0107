using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Golden;

/// <summary>The README's examples are what the tool really prints.</summary>
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void The_quick_start_output_is_what_extract_prints_on_the_samples()
    {
        var shown = CodeBlockAfter("It builds the tool and prints")
            .Where(line => line != "...")
            .ToArray();
        var actual = CliProcess.Run(RepoPaths.Root, null, "extract", "-q", "samples/").Stdout.Split('\n');

        Assert.True(shown.Length >= 3, "the README shows too little output");
        Assert.Equal(shown, actual.Take(shown.Length));
    }

    [Fact]
    public void Every_option_in_the_help_is_in_the_readme()
    {
        foreach (var command in new[] { "extract", "tokenize" })
        {
            var help = CliProcess.Run(RepoPaths.Root, null, command, "--help").Stdout;
            var options = help.Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.StartsWith("--", StringComparison.Ordinal) || line.StartsWith("-o,", StringComparison.Ordinal) || line.StartsWith("-q,", StringComparison.Ordinal))
                .Select(line => line.Split(' ', ',')[line.StartsWith('-') && line[1] != '-' ? 2 : 0])
                .Where(option => option is not ("--help" or "--version"));
            var tableRows = Readme.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();
            Assert.All(options, option => Assert.Contains(tableRows, row => row.Contains(option + " ", StringComparison.Ordinal) || row.Contains(option + "`", StringComparison.Ordinal)));
        }
    }

    private static IEnumerable<string> CodeBlockAfter(string marker)
    {
        var start = Readme.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{marker}' not found in the README");
        var open = Readme.IndexOf("```", start, StringComparison.Ordinal);
        var body = Readme.IndexOf('\n', open) + 1;
        var close = Readme.IndexOf("```", body, StringComparison.Ordinal);
        return Readme[body..close].TrimEnd('\n').Split('\n');
    }
}
