using EntityExtract.Text.Characters;
using EntityExtract.Text.Lexicon;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Text.Sentences;

/// <summary>
/// Rule-based sentence boundaries over tokens. A sentence ends after . ? ! or an ellipsis (with
/// the closing quotes and brackets that follow) unless a lower-case word comes next; after an
/// abbreviation that often ends sentences (<c>U.S.</c>, <c>Inc.</c>) only when a usual sentence
/// opener follows; always at a blank line; at a single line break only after a headline-like line;
/// and after <see cref="TextLimits.MaxSentenceTokens"/> tokens in any case.
/// </summary>
public static class SentenceSplitter
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

    // What single tokens say about sentence boundaries.
    /// <summary>. ? ! … and runs of them; abbreviation periods are inside word tokens and never reach here.</summary>
    private static bool IsTerminal(ReadOnlySpan<char> text, in Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        char c = text[token.Start];
        return c == '.' || CharClasses.Of(c) == CharClass.Terminal;
    }

    /// <summary>
    /// A closing quote or bracket. Straight quotes are ambiguous, so one closes only when it
    /// touches the token before it: in <c>"yes." Then</c> the second quote closes, in <c>. "Then</c> it opens.
    /// </summary>
    private static bool IsCloser(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        Token token = tokens[i];
        if (token.Kind != TokenKind.Punctuation || token.Length != 1)
        {
            return false;
        }

        return text[token.Start] switch
        {
            '”' or '’' or '»' or '›' or ')' or ']' or '}' => true,
            '"' or '\'' or '`' => i > 0 && tokens[i - 1].End == token.Start,
            _ => false,
        };
    }

    /// <summary>After a full stop, a lower-case word or a comma-like mark shows the sentence goes on (<c>"Yes!" he said</c>).</summary>
    private static bool ContinuesSentence(ReadOnlySpan<char> text, in Token next)
    {
        char c = text[next.Start];
        return CharClasses.IsLower(c) || c is ',' or ';' or ':';
    }

    /// <summary>
    /// <c>U.S.</c>, <c>Inc.</c> and the like from the list, or any dotted acronym of capitals
    /// (<c>U.N.</c>); initials (<c>F.</c>) and titles (<c>Mr.</c>) never end a sentence.
    /// </summary>
    private static bool IsSentenceFinalAbbreviation(ReadOnlySpan<char> text, in Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < 3 || text[token.End - 1] != '.')
        {
            return false;
        }

        ReadOnlySpan<char> word = token.Slice(text);
        return IsCapitalAcronym(word) || WordLists.SentenceFinalAbbreviations.Contains(word);
    }

    /// <summary>Capital, period, capital, period…: <c>U.N.</c>, <c>E.U.</c>.</summary>
    private static bool IsCapitalAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i += 2)
        {
            if (!char.IsAsciiLetterUpper(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSentenceStarter(ReadOnlySpan<char> text, in Token next) =>
        next.Kind == TokenKind.Word && CharClasses.IsUpper(text[next.Start])
        && WordLists.SentenceStarters.Contains(next.Slice(text));

    // A single line break ends a sentence only after a line that reads as a headline, byline or
    // dateline, never in the middle of hard-wrapped prose.
    /// <summary>
    /// A line of this many tokens or fewer is a title, byline, dateline or table row: prose wrapped
    /// at any usual width (60 columns and up) puts more words than this on a line.
    /// </summary>
    private const int ShortLineTokens = 8;

    /// <summary>
    /// The break after token <paramref name="i"/> ends a sentence when the line does not end in
    /// punctuation or a word that carries on (a comma, a dash, <c>and</c>), the next line starts like a sentence (a
    /// capital, a digit, a quote), and the break was not made by wrapping. A wrapping editor breaks
    /// a line only when the next word would not fit; so if the next line is longer than this line
    /// plus its first word, the break was typed on purpose. Short lines count as typed breaks too.
    /// </summary>
    private static bool IsHeadlineBreak(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int lineFirst)
    {
        Token last = tokens[i];
        Token next = tokens[i + 1];
        if (CarriesOn(text[last.End - 1]) || !StartsLikeSentence(text[next.Start])
            || WordLists.LineContinuations.Contains(last.Slice(text)))
        {
            return false;
        }

        if (i + 1 - lineFirst <= ShortLineTokens)
        {
            return true;
        }

        int lineLength = last.End - tokens[lineFirst].Start;
        return LineBreaks.LineReaches(text, next.Start, lineLength + 1 + next.Length);
    }

    private static bool CarriesOn(char c) =>
        CharClasses.Of(c) is CharClass.Comma or CharClass.Hyphen or CharClass.Dash or CharClass.Open
        || c is ';' or ':' or '/' or '&' or '“' or '‘' or '«' or '„';

    /// <summary>A capital, a digit, a quote or bracket, or a dash or bullet that opens a list item.</summary>
    private static bool StartsLikeSentence(char c) =>
        CharClasses.Of(c) is CharClass.Upper or CharClass.Digit or CharClass.Letter or CharClass.Quote or CharClass.Open
            or CharClass.Dash or CharClass.Hyphen
        || c is '*' or '•' or '·';
}
