using EntityExtract.Training.Clusters;

namespace EntityExtract.Tests.Training.Clusters;

public sealed class PlainTextTokenizerTests
{
    [Theory]
    [InlineData("The U.S. economy grew.", "The|U.S.|economy|grew|.")]
    [InlineData("Mr. Smith's company didn't say (yet).", "Mr.|Smith|'s|company|did|n't|say|(|yet|)|.")]
    [InlineData("\"We're ready,\" said J. Doe-Smith.", "\"|We|'re|ready|,|\"|said|J.|Doe-Smith|.")]
    [InlineData("Profit rose 12.5% to $1,000.50 in '87", "Profit|rose|12.5|%|to|$|1,000.50|in|'87")]
    [InlineData("shares of <SRD> -- or so... fell", "shares|of|<|SRD|>|--|or|so|...|fell")]
    [InlineData("Acme Corp. and Beta Inc.", "Acme|Corp.|and|Beta|Inc.")]
    [InlineData("the traders' view; up 1987/88", "the|traders|'|view|;|up|1987/88")]
    [InlineData("It rose 1.5. Sales hit 2.1bn). See Amazon.com.", "It|rose|1.5|.|Sales|hit|2.1bn|)|.|See|Amazon.com|.")]
    [InlineData("He left at 5 p.m. for Ph.D. work", "He|left|at|5|p.m.|for|Ph.D.|work")]
    [InlineData("  ", "")]
    public void Splits_like_co_nll(string text, string expected)
    {
        var tokens = new List<string>();

        PlainTextTokenizer.Tokenize(text, tokens);

        Assert.Equal(expected, string.Join('|', tokens));
    }
}
