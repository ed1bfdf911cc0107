using EntityExtract.Text.Tokenization;

namespace EntityExtract.Text.Sentences;

/// <summary>
/// Rule-based sentence boundaries over tokens. A sentence ends after . ? ! or an ellipsis (with
/// the closing quotes and brackets that follow) unless a lower-case word comes next; after an
/// abbreviation that often ends sentences (<c>U.S.</c>, <c>Inc.</c>) only when a usual sentence
/// opener follows; always at a blank line; at a single line break only after a headline-like line;
/// and after <see cref="TextLimits.MaxSentenceTokens"/> tokens in any case.
/// </summary>
public static partial class SentenceSplitter
{
    /// <summary>
    /// Appends sentences (runs of token indexes into <paramref name="tokens"/>) to
    /// <paramref name="output"/>. Every token belongs to exactly one sentence, in order.
    /// <paramref name="tokens"/> must be the tokens of <paramref name="text"/>, as the tokenizer made them.
    /// </summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceBuffer output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int first = 0;
        int lineFirst = 0;
        var pending = SentenceEnd.None;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            pending = Advance(pending, text, tokens, i);
            int breaks = LineBreaks.Between(text, tokens[i].End, tokens[i + 1].Start);
            bool split = breaks >= LineBreaks.Paragraph
                || i + 1 - first >= TextLimits.MaxSentenceTokens
                || pending switch
                {
                    SentenceEnd.Strong => EndsAfterTerminal(text, tokens, i) && !IsListNumber(tokens, i, lineFirst),
                    SentenceEnd.Weak => EndsAfterAbbreviation(text, tokens, i)
                        || (breaks == 1 && IsHeadlineBreak(text, tokens, i, lineFirst)),
                    _ => breaks == 1 && IsHeadlineBreak(text, tokens, i, lineFirst),
                };
            if (breaks > 0)
            {
                lineFirst = i + 1;
            }

            if (split)
            {
                output.Add(new SentenceSpan(first, i + 1 - first));
                first = i + 1;
                pending = SentenceEnd.None;
            }
        }

        if (first < tokens.Length)
        {
            output.Add(new SentenceSpan(first, tokens.Length - first));
        }
    }

    /// <summary>Closing quotes and brackets keep a pending end alive; otherwise token <paramref name="i"/> decides it.</summary>
    private static SentenceEnd Advance(SentenceEnd pending, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (pending != SentenceEnd.None && IsCloser(text, tokens, i))
        {
            return pending;
        }

        if (IsTerminal(text, tokens[i]))
        {
            return SentenceEnd.Strong;
        }

        return IsSentenceFinalAbbreviation(text, tokens[i]) ? SentenceEnd.Weak : SentenceEnd.None;
    }

    private static bool EndsAfterTerminal(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (IsCloser(text, tokens, i + 1) || IsTerminal(text, tokens[i + 1]))
        {
            return false;
        }

        return !ContinuesSentence(text, tokens[i + 1]);
    }

    /// <summary>The period of a numbered list item at the start of a line (<c>3. Fatuma Roba</c>) belongs to the item.</summary>
    private static bool IsListNumber(ReadOnlySpan<Token> tokens, int i, int lineFirst) =>
        i == lineFirst + 1 && tokens[lineFirst].Kind == TokenKind.Number;

    private static bool EndsAfterAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (IsCloser(text, tokens, i + 1) || IsTerminal(text, tokens[i + 1]))
        {
            return false;
        }

        return IsSentenceStarter(text, tokens[i + 1]);
    }
}
