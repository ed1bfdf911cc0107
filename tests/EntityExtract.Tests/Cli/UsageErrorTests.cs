using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>Every usage error names what was wrong and what would do, in one line, with exit code 2.</summary>
public sealed class UsageErrorTests
{
    private static void AssertUsageError(string expected, params string[] args)
    {
        using var folder = new TempFolder();
        folder.File("docs/a.txt", "Angela Merkel visited Paris.");

        var result = CliProcess.Run(folder.Path, null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([expected], result.StderrLines);
        Assert.Equal("", result.Stdout);
        Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("EntityExtract.", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--gruop")]
    [InlineData("-group")]
    [InlineData("--Group")]
    [InlineData("--GROUP")]
    public void A_mistyped_option_is_named_with_the_nearest_real_one(string typed) =>
        AssertUsageError($"entity-extract: unknown option '{typed}' (did you mean '--group'?)", typed, "corpus", "docs/");

    [Fact]
    public void A_mistyped_option_after_the_command_name_is_caught_too() =>
        AssertUsageError("entity-extract: unknown option '--contxt' (did you mean '--context'?)", "extract", "docs/", "--contxt", "40");

    [Fact]
    public void A_single_dash_long_option_is_named_with_its_double_dash_form() =>
        AssertUsageError("entity-extract: unknown option '-output' (did you mean '--output'?)", "docs/", "-output", "x.csv");

    [Fact]
    public void An_option_with_no_near_name_points_to_the_help() =>
        AssertUsageError("entity-extract: unknown option '--frobnicate' (see 'entity-extract extract --help')", "--frobnicate", "docs/");

    [Fact]
    public void An_unknown_option_of_another_command_points_to_its_help() =>
        AssertUsageError("entity-extract: unknown option '--bogus' (see 'entity-extract train --help')", "train", "--bogus");

    [Fact]
    public void A_mistyped_command_is_named_with_the_nearest_command() =>
        AssertUsageError("entity-extract: unknown command 'extact' (did you mean 'extract'?)", "extact", "docs/");

    [Fact]
    public void A_word_that_is_an_existing_folder_is_read_not_taken_for_a_command()
    {
        using var folder = new TempFolder();
        folder.File("merg/a.txt", "Angela Merkel visited Paris.");

        var result = CliProcess.Run(folder.Path, null, "-q", "merg");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("merg/a.txt", result.Stdout);
    }

    [Fact]
    public void A_file_named_like_an_option_is_pointed_to_the_ways_to_read_it()
    {
        using var folder = new TempFolder();
        folder.File("-notes.txt", "Angela Merkel visited Paris.");

        var result = CliProcess.Run(folder.Path, null, "-notes.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["entity-extract: unknown option '-notes.txt' (to read the file of that name, write ./-notes.txt or put -- before it)"], result.StderrLines);
    }

    [Fact]
    public void A_path_after_a_double_dash_may_start_with_a_dash()
    {
        using var folder = new TempFolder();
        folder.File("-notes.txt", "Angela Merkel visited Paris.");

        var result = CliProcess.Run(folder.Path, null, "-q", "--", "-notes.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-notes.txt", result.Stdout);
    }

    [Fact]
    public void A_wrong_enum_value_lists_the_lower_case_values() =>
        AssertUsageError("entity-extract: invalid value 'corpsu' for --group (did you mean 'corpus'?); expected none, file, corpus or pairs", "--group", "corpsu", "docs/");

    [Theory]
    [InlineData("--format", "xslx", "invalid value 'xslx' for --format (did you mean 'xlsx'?); expected csv, tsv, jsonl or xlsx")]
    [InlineData("--progress", "sometimes", "invalid value 'sometimes' for --progress; expected auto, always or never")]
    [InlineData("--input-format", "json", "invalid value 'json' for --input-format (did you mean 'jsonl'?); expected text or jsonl")]
    public void Every_enum_option_answers_in_lower_case(string option, string value, string expected) =>
        AssertUsageError($"entity-extract: {expected}", option, value, "docs/");

    [Fact]
    public void Enum_values_are_taken_in_any_case()
    {
        using var folder = new TempFolder();
        folder.File("docs/a.txt", "Angela Merkel visited Paris.");

        var result = CliProcess.Run(folder.Path, null, "-q", "--group", "Corpus", "docs/");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("type,entity,mentions,files,names,types\n", result.Stdout);
    }

    [Fact]
    public void A_number_that_is_not_a_number_says_what_is_expected() =>
        AssertUsageError("entity-extract: invalid value 'many' for --threads: expected a whole number", "--threads", "many", "docs/");

    [Fact]
    public void A_fraction_that_is_not_a_number_says_what_is_expected() =>
        AssertUsageError("entity-extract: invalid value 'high' for --min-score: expected a number", "--min-score", "high", "docs/");

    [Fact]
    public void An_option_without_its_value_says_so() =>
        AssertUsageError("entity-extract: --group needs a value", "docs/", "--group");

    [Fact]
    public void A_missing_required_argument_points_to_the_help() =>
        AssertUsageError("entity-extract: TABLE is required (see 'entity-extract merge --help')", "merge");

    [Fact]
    public void A_missing_required_option_points_to_the_help() =>
        AssertUsageError("entity-extract: --output is required (see 'entity-extract clusters --help')", "clusters", "--text", "docs/a.txt");

    [Fact]
    public void The_merge_group_value_is_checked_in_lower_case() =>
        AssertUsageError("entity-extract: invalid value 'corpse' for --group (did you mean 'corpus'?); expected file, corpus or pairs", "merge", "--group", "corpse", "t.csv");
}
