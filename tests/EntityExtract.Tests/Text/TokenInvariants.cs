using EntityExtract.Text;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tests.Text;

/// <summary>
/// What must hold for any text: tokens in order, not overlapping, not empty, within bounds, never
/// containing a separator or cutting a surrogate pair, and together covering every other character.
/// Returns a description of the first violation, or null, so random tests can report their seed.
/// </summary>
internal static class TokenInvariants
{
    public static string? Check(string text, IReadOnlyList<Token> tokens)
    {
        int previousEnd = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            Token t = tokens[i];
            if (t.Length <= 0 || t.Length > TextLimits.MaxTokenLength)
            {
                return $"token {i} at {t.Start} has length {t.Length}";
            }

            if (t.Start < previousEnd || t.End > text.Length)
            {
                return $"token {i} [{t.Start},{t.End}) overlaps the previous one or leaves the text";
            }

            for (int k = previousEnd; k < t.Start; k++)
            {
                if (!NaiveCharClass.IsSeparator(text[k]))
                {
                    return $"character U+{(int)text[k]:X4} at {k} belongs to no token";
                }
            }

            for (int k = t.Start; k < t.End; k++)
            {
                if (NaiveCharClass.IsSeparator(text[k]))
                {
                    return $"token {i} [{t.Start},{t.End}) contains separator U+{(int)text[k]:X4} at {k}";
                }
            }

            if (SplitsPair(text, t.Start) || SplitsPair(text, t.End))
            {
                return $"token {i} [{t.Start},{t.End}) cuts a surrogate pair";
            }

            previousEnd = t.End;
        }

        for (int k = previousEnd; k < text.Length; k++)
        {
            if (!NaiveCharClass.IsSeparator(text[k]))
            {
                return $"character U+{(int)text[k]:X4} at {k} belongs to no token";
            }
        }

        return null;
    }

    /// <summary>Sentences are non-empty, contiguous, in order, within the limit, and cover all tokens.</summary>
    public static string? CheckSentences(int tokenCount, IReadOnlyList<SentenceSpan> sentences)
    {
        int next = 0;
        foreach (SentenceSpan s in sentences)
        {
            if (s.FirstToken != next || s.TokenCount <= 0 || s.TokenCount > TextLimits.MaxSentenceTokens)
            {
                return $"sentence ({s.FirstToken}, {s.TokenCount}) does not continue at token {next}";
            }

            next = s.EndToken;
        }

        return next == tokenCount ? null : $"sentences cover {next} of {tokenCount} tokens";
    }

    public static void AssertHold(string text, IReadOnlyList<Token> tokens)
    {
        string? problem = Check(text, tokens);
        Assert.True(problem is null, problem);
    }

    private static bool SplitsPair(string text, int boundary) =>
        boundary > 0 && boundary < text.Length && char.IsHighSurrogate(text[boundary - 1]) && char.IsLowSurrogate(text[boundary]);
}
