namespace EntityExtract.Tests.Text;

public sealed class TokenizerWordTests
{
    [Theory]
    [InlineData("Bashar al-Assad", new[] { "Bashar", "al-Assad" })]
    [InlineData("Jabhat al-Nusra and Al-Qaeda", new[] { "Jabhat", "al-Nusra", "and", "Al-Qaeda" })]
    [InlineData("a well-known 50-minute call", new[] { "a", "well-known", "50-minute", "call" })]
    [InlineData("U.S.-Russian talks", new[] { "U.S.", "-", "Russian", "talks" })]
    [InlineData("the Iraq-U.N. memorandum", new[] { "the", "Iraq-U.N.", "memorandum" })]
    [InlineData("Russian-backed separatists", new[] { "Russian-backed", "separatists" })]
    [InlineData("COVID-19 and F-16s", new[] { "COVID-19", "and", "F-16s" })]
    [InlineData("state\u2010run media", new[] { "state\u2010run", "media" })]
    [InlineData("end- and -start", new[] { "end", "-", "and", "-", "start" })]
    [InlineData("AT&T and R&D", new[] { "AT&T", "and", "R&D" })]
    [InlineData("Procter & Gamble", new[] { "Procter", "&", "Gamble" })]
    [InlineData("snake_case name", new[] { "snake_case", "name" })]
    [InlineData("Amazon.com and node.js", new[] { "Amazon.com", "and", "node.js" })]
    [InlineData("Zürich café naïve", new[] { "Zürich", "café", "naïve" })]
    [InlineData("cafe\u0301 ok", new[] { "cafe\u0301", "ok" })]
    public void Words_and_hyphenated_names(string text, string[] expected) => TokenAssert.Texts(text, expected);

    [Theory]
    [InlineData("Washington’s anxiety", new[] { "Washington", "’s", "anxiety" })]
    [InlineData("Syria's war", new[] { "Syria", "'s", "war" })]
    [InlineData("the players' union", new[] { "the", "players", "'", "union" })]
    [InlineData("the players’ union", new[] { "the", "players", "’", "union" })]
    [InlineData("O'Brien and D’Alema", new[] { "O'Brien", "and", "D’Alema" })]
    [InlineData("al-Assad's forces", new[] { "al-Assad", "'s", "forces" })]
    [InlineData("the U.S.'s role", new[] { "the", "U.S.", "'s", "role" })]
    [InlineData("the 1990's", new[] { "the", "1990", "'s" })]
    [InlineData("MCDONALD'S", new[] { "MCDONALD", "'S" })]
    public void Possessives_are_separate_tokens(string text, string[] expected) => TokenAssert.Texts(text, expected);

    [Theory]
    [InlineData("don't", new[] { "do", "n't" })]
    [InlineData("can't", new[] { "ca", "n't" })]
    [InlineData("won’t go", new[] { "wo", "n’t", "go" })]
    [InlineData("I'm here", new[] { "I", "'m", "here" })]
    [InlineData("we're they've he'll I'd", new[] { "we", "'re", "they", "'ve", "he", "'ll", "I", "'d" })]
    [InlineData("It’s still unclear", new[] { "It", "’s", "still", "unclear" })]
    [InlineData("probably don’t indicate", new[] { "probably", "do", "n’t", "indicate" })]
    [InlineData("DON'T", new[] { "DO", "N'T" })]
    [InlineData("y'all ma'am", new[] { "y'all", "ma'am" })]
    public void Contractions_split_the_treebank_way(string text, string[] expected) => TokenAssert.Texts(text, expected);

    [Fact]
    public void Clitic_offsets_are_exact()
    {
        TokenAssert.Spans("don't.", (0, 2), (2, 5), (5, 6));
        TokenAssert.Spans("  Moscow’s", (2, 8), (8, 10));
    }
}
