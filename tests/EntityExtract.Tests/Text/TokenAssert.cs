using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tests.Text;

/// <summary>Compact assertions: the texts of a string's tokens, their spans, or their kinds.</summary>
internal static class TokenAssert
{
    public static Token[] Tokenize(string text)
    {
        var buffer = new TokenBuffer(16);
        Tokenizer.Tokenize(text, buffer);
        return buffer.AsSpan().ToArray();
    }

    /// <summary>The tokens of <paramref name="text"/> are exactly <paramref name="expected"/>, and each one's offsets select its text.</summary>
    public static void Texts(string text, params string[] expected)
    {
        Token[] tokens = Tokenize(text);
        Assert.Equal(expected, tokens.Select(t => text.Substring(t.Start, t.Length)).ToArray());
        TokenInvariants.AssertHold(text, tokens);
    }

    /// <summary>The tokens span exactly these <c>[start, end)</c> ranges.</summary>
    public static void Spans(string text, params (int Start, int End)[] expected)
    {
        Token[] tokens = Tokenize(text);
        Assert.Equal(expected, tokens.Select(t => (t.Start, t.End)).ToArray());
    }

    public static void Kinds(string text, params TokenKind[] expected) =>
        Assert.Equal(expected, Tokenize(text).Select(t => t.Kind).ToArray());
}
