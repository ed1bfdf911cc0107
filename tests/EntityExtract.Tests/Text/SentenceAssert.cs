using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tests.Text;

/// <summary>Splits a string and shows each sentence as the text from its first token's start to its last token's end.</summary>
internal static class SentenceAssert
{
    public static string[] Split(string text)
    {
        var tokens = new TokenBuffer(16);
        Tokenizer.Tokenize(text, tokens);
        var sentences = new SentenceBuffer();
        SentenceSplitter.Split(text, tokens.AsSpan(), sentences);
        string? problem = TokenInvariants.CheckSentences(tokens.Count, sentences.AsSpan().ToArray());
        Assert.True(problem is null, problem);
        var result = new List<string>();
        foreach (SentenceSpan s in sentences.AsSpan())
        {
            int start = tokens[s.FirstToken].Start;
            result.Add(text[start..tokens[s.EndToken - 1].End]);
        }

        return [.. result];
    }

    public static void Sentences(string text, params string[] expected) => Assert.Equal(expected, Split(text));
}
