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

    [Fact]
    public void The_quick_start_builds_and_runs_on_the_samples_and_runs_the_tests()
    {
        var quickStart = Readme[Readme.IndexOf("## Quick start", StringComparison.Ordinal)..Readme.IndexOf("## Recipes", StringComparison.Ordinal)];

        Assert.Contains("dotnet run -c Release --project src/EntityExtract.Cli -- samples/\n", quickStart);
        Assert.Contains("dotnet test EntityExtract.sln\n", quickStart);
        Assert.Contains("~/.dotnet/tools", quickStart);
        Assert.Contains("dotnet tool update --global --add-source artifacts EntityExtract.Tool", quickStart);
    }

    [Fact]
    public void Every_command_line_in_the_readme_parses()
    {
        var commands = Readme.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("entity-extract ", StringComparison.Ordinal))
            .Select(line => line.Split(" | ")[0].Split(" >")[0].Split(" #")[0])
            .ToList();

        Assert.True(commands.Count >= 8, $"only {commands.Count} command lines found in the README");
        foreach (var command in commands)
        {
            var args = ShellWords(command).Skip(1).ToArray();
            var root = EntityExtract.Cli.CliApp.CreateRoot();
            var parse = root.Parse(EntityExtract.Cli.CliApp.WithDefaultCommand(root, args));
            Assert.True(EntityExtract.Cli.Usage.ParseErrors.Describe(parse, args).Count == 0, $"the README's '{command}' does not parse: {string.Join("; ", EntityExtract.Cli.Usage.ParseErrors.Describe(parse, args))}");
        }
    }

    /// <summary>Words as a POSIX shell splits them, for the simple quoting the README uses.</summary>
    private static IEnumerable<string> ShellWords(string line)
    {
        var word = new System.Text.StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (c == ' ')
            {
                if (inWord)
                {
                    yield return word.ToString();
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            yield return word.ToString();
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
