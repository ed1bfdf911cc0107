using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>Usage errors a new user met in a first trial, each with a line that says what to do.</summary>
public sealed class TrialUsageTests
{
    [Fact]
    public void A_decimal_comma_asks_for_a_decimal_point()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "--min-score", "0,8", "samples");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("invalid value '0,8' for --min-score: use a decimal point (0.8)", result.Stderr);
    }

    [Theory]
    [InlineData("-V")]
    [InlineData("-v")]
    public void A_short_version_flag_suggests_version(string flag)
    {
        var result = CliProcess.Run(RepoPaths.Root, null, flag);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"unknown option '{flag}' (did you mean '--version'?)", result.Stderr);
    }
}
