using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tests.Text;

public sealed class TokenizerWebTests
{
    [Theory]
    [InlineData("see https://example.com/a?b=c.", new[] { "see", "https://example.com/a?b=c", "." })]
    [InlineData("at www.example.org, now", new[] { "at", "www.example.org", ",", "now" })]
    [InlineData("(http://en.wikipedia.org/wiki/A_(b))", new[] { "(", "http://en.wikipedia.org/wiki/A_(b)", ")" })]
    [InlineData("\"HTTP://EXAMPLE.COM/X\"", new[] { "\"", "HTTP://EXAMPLE.COM/X", "\"" })]
    [InlineData("ftp://files.example.net/a.txt!", new[] { "ftp://files.example.net/a.txt", "!" })]
    [InlineData("mail john.smith@example.co.uk.", new[] { "mail", "john.smith@example.co.uk", "." })]
    [InlineData("a@b.c is not mail", new[] { "a", "@b", ".", "c", "is", "not", "mail" })]
    [InlineData("@washingtonpost said", new[] { "@washingtonpost", "said" })]
    [InlineData("#Syria #MeToo #G20 #1", new[] { "#Syria", "#MeToo", "#G20", "#", "1" })]
    [InlineData("http:// alone", new[] { "http", ":", "/", "/", "alone" })]
    public void Urls_emails_handles_and_hashtags_are_single_tokens(string text, string[] expected) => TokenAssert.Texts(text, expected);

    [Fact]
    public void Every_kind_is_assigned() =>
        TokenAssert.Kinds(
            "Kerry 3.5 , $ https://a.org a@b.com @x #y 😀",
            TokenKind.Word, TokenKind.Number, TokenKind.Punctuation, TokenKind.Symbol, TokenKind.Url,
            TokenKind.Email, TokenKind.Handle, TokenKind.Hashtag, TokenKind.Emoji);
}
