using EntityExtract.Text.Characters;
using EntityExtract.Text.Lexicon;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Text.Sentences;

/// <summary>
/// A single line break ends a sentence only after a line that reads as a headline, byline or
/// dateline, never in the middle of hard-wrapped prose.
/// </summary>
public static partial class SentenceSplitter
{
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
