namespace EntityExtract.Tests.Text;

public sealed class TokenizerPunctuationTests
{
    [Theory]
    [InlineData("He said \"yes.\"", new[] { "He", "said", "\"", "yes", ".", "\"" })]
    [InlineData("“agreed to discuss,” Cook said", new[] { "“", "agreed", "to", "discuss", ",", "”", "Cook", "said" })]
    [InlineData("‘rock’ music", new[] { "‘", "rock", "’", "music" })]
    [InlineData("«Bonjour»", new[] { "«", "Bonjour", "»" })]
    [InlineData("'Hello,' he said", new[] { "'", "Hello", ",", "'", "he", "said" })]
    [InlineData("``quoted''", new[] { "`", "`", "quoted", "'", "'" })]
    public void Quotes_stand_alone(string text, string[] expected) => TokenAssert.Texts(text, expected);

    [Theory]
    [InlineData("Moscow—and Kiev – too", new[] { "Moscow", "—", "and", "Kiev", "–", "too" })]
    [InlineData("wait--what", new[] { "wait", "--", "what" })]
    [InlineData("So... what… now", new[] { "So", "...", "what", "…", "now" })]
    [InlineData("etc...", new[] { "etc", "..." })]
    [InlineData("(Pool/Reuters)", new[] { "(", "Pool", "/", "Reuters", ")" })]
    [InlineData("[1] {x} <y>", new[] { "[", "1", "]", "{", "x", "}", "<", "y", ">" })]
    [InlineData("end?! Really!!", new[] { "end", "?", "!", "Really", "!", "!" })]
    [InlineData("a;b:c", new[] { "a", ";", "b", ":", "c" })]
    [InlineData("Syria: One", new[] { "Syria", ":", "One" })]
    public void Dashes_ellipses_and_brackets(string text, string[] expected) => TokenAssert.Texts(text, expected);

    [Theory]
    [InlineData("1,234,567.89", new[] { "1,234,567.89" })]
    [InlineData("3.5 percent", new[] { "3.5", "percent" })]
    [InlineData("45% rise", new[] { "45", "%", "rise" })]
    [InlineData("$5.2 billion", new[] { "$", "5.2", "billion" })]
    [InlineData("€20 and £3,000", new[] { "€", "20", "and", "£", "3,000" })]
    [InlineData("-5 and +3.2 (−7)", new[] { "-5", "and", "+3.2", "(", "−7", ")" })]
    [InlineData("BRUSSELS 1996-08-22", new[] { "BRUSSELS", "1996-08-22" })]
    [InlineData("10:30 a.m.", new[] { "10:30", "a.m." })]
    [InlineData("1/2 cup on 9/11", new[] { "1/2", "cup", "on", "9/11" })]
    [InlineData("1,2,3", new[] { "1", ",", "2", ",", "3" })]
    [InlineData("the 1990s and the 3rd", new[] { "the", "1990s", "and", "the", "3rd" })]
    [InlineData("won 2-1", new[] { "won", "2-1" })]
    [InlineData("costs 5.", new[] { "costs", "5", "." })]
    [InlineData("rose .5 points", new[] { "rose", ".5", "points" })]
    [InlineData("12,34", new[] { "12", ",", "34" })]
    public void Numbers_money_dates_and_times(string text, string[] expected) => TokenAssert.Texts(text, expected);
}
