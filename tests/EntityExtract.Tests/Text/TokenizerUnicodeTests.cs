using EntityExtract.Text;

namespace EntityExtract.Tests.Text;

public sealed class TokenizerUnicodeTests
{
    [Theory]
    [InlineData("hi 😀!", new[] { "hi", "😀", "!" })]
    [InlineData("👍🏽 ok", new[] { "👍🏽", "ok" })]
    [InlineData("👨\u200D👩\u200D👧 family", new[] { "👨\u200D👩\u200D👧", "family" })]
    [InlineData("🇺🇸🇬🇧", new[] { "🇺🇸", "🇬🇧" })]
    [InlineData("❤\uFE0F love", new[] { "❤\uFE0F", "love" })]
    [InlineData("☀✈", new[] { "☀", "✈" })]
    [InlineData("𝐀𝐁𝐂 word", new[] { "𝐀𝐁𝐂", "word" })]
    [InlineData("北京 Москва", new[] { "北京", "Москва" })]
    public void Astral_characters_and_emoji(string text, string[] expected) => TokenAssert.Texts(text, expected);

    [Theory]
    [InlineData("a\u00A0b\u2028c\td\0e\u3000f", new[] { "a", "b", "c", "d", "e", "f" })]
    [InlineData("a\u200Bb\uFEFFc", new[] { "a", "b", "c" })]
    [InlineData("a\r\nb\u0085c", new[] { "a", "b", "c" })]
    [InlineData("\u0001\u0002 \u007F", new string[0])]
    [InlineData("", new string[0])]
    public void Whitespace_and_control_characters_separate_tokens(string text, string[] expected) => TokenAssert.Texts(text, expected);

    [Fact]
    public void Lone_surrogates_are_one_unit_symbols()
    {
        // Built in code: attribute strings cannot carry unpaired surrogates through metadata.
        string high = ((char)0xD800).ToString();
        string low = ((char)0xDC00).ToString();
        TokenAssert.Texts("a" + high + "b", "a", high, "b");
        TokenAssert.Texts(low + high, low, high);
        TokenAssert.Kinds(low + high, EntityExtract.Text.Tokenization.TokenKind.Symbol, EntityExtract.Text.Tokenization.TokenKind.Symbol);
    }

    [Fact]
    public void Emoji_offsets_are_exact() => TokenAssert.Spans("😀!", (0, 2), (2, 3));

    [Fact]
    public void Long_runs_are_cut_at_the_limit()
    {
        int max = TextLimits.MaxTokenLength;
        TokenAssert.Spans(new string('a', (2 * max) + 88), (0, max), (max, 2 * max), (2 * max, (2 * max) + 88));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        int max = TextLimits.MaxTokenLength;
        string text = new string('a', max - 1) + "𝐀b";
        TokenAssert.Spans(text, (0, max - 1), (max - 1, max + 2));
    }

    [Fact]
    public void An_overlong_url_is_cut_into_url_pieces()
    {
        string url = "https://example.com/" + new string('x', TextLimits.MaxTokenLength);
        Assert.All(TokenAssert.Tokenize(url), t => Assert.Equal(EntityExtract.Text.Tokenization.TokenKind.Url, t.Kind));
        TokenAssert.Spans(url, (0, TextLimits.MaxTokenLength), (TextLimits.MaxTokenLength, url.Length));
    }

    [Fact]
    public void Tokenize_appends_without_clearing()
    {
        var buffer = new EntityExtract.Text.Tokenization.TokenBuffer(16);
        EntityExtract.Text.Tokenization.Tokenizer.Tokenize("a b", buffer);
        EntityExtract.Text.Tokenization.Tokenizer.Tokenize("c", buffer);
        Assert.Equal(3, buffer.Count);
        Assert.Equal(0, buffer[2].Start);
    }
}
