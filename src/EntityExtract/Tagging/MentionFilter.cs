using EntityExtract.Tagging.Features;
using EntityExtract.Text.Lexicon;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tagging;

/// <summary>
/// Mentions the decoder may produce but no reader would call a name: a mention without a letter
/// or digit ("." or "--" pulled into a name); a one-word PERSON that is a pronoun, "said" or a
/// title (<see cref="WordLists.NotPersonAlone"/>); and a one-word PERSON that is a month or weekday
/// (<see cref="WordLists.PersonOnlyIfNamed"/>) unless the first pass put that word inside a longer
/// person's name elsewhere in the article (the document hint), which is the text saying it is a
/// name ("Brian May ... May said"), and is not written as a date ("in May", "last Friday", "May 5":
/// <paramref name="previous"/> in <see cref="WordLists.DatePreceders"/> or <paramref name="next"/> a number).
/// </summary>
internal static class MentionFilter
{
    private const int LongestListedWord = 16;

    /// <summary>
    /// How many leading tokens of a PERSON mention of <paramref name="tokens"/> are titles or
    /// offices (<see cref="WordLists.PersonTitles"/>: "Justice Scalia", "Miss Rosenthal",
    /// "Prime Minister Tony Blair"), which every set the tagger learns from leaves out of the name;
    /// at least one token always remains. <see cref="Honours"/> stay: "Sir Elton John", "Lady Gaga"
    /// and "Lord Diplock" are written as names.
    /// </summary>
    public static int LeadingTitles(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var count = 0;
        while (count < tokens.Length - 1)
        {
            var word = tokens[count].Slice(text);
            if (!WordLists.PersonTitles.Contains(word) || Honours.Contains(word))
            {
                break;
            }

            count++;
        }

        return count;
    }

    /// <summary>
    /// True when the mention holds a run of <see cref="Text.TextLimits.MaxTokenLength"/> or more
    /// characters without a space: a token the tokenizer had to cut, as in a line of thousands of
    /// letters. No name has such a word, and without this the cut pieces made names of 256 to 768
    /// characters.
    /// </summary>
    private static bool HasCutWord(ReadOnlySpan<char> mention)
    {
        if (mention.Length < Text.TextLimits.MaxTokenLength)
        {
            return false;
        }

        var run = 0;
        foreach (var c in mention)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            if (run >= Text.TextLimits.MaxTokenLength)
            {
                return true;
            }
        }

        return false;
    }

    public static bool Keeps(ReadOnlySpan<char> mention, EntityType type, int tokenCount, uint hint) =>
        Keeps(mention, type, tokenCount, hint, [], []);

    /// <param name="previous">The token before the mention (empty at the start of the text).</param>
    /// <param name="next">The token after the mention (empty at the end of the text).</param>
    public static bool Keeps(ReadOnlySpan<char> mention, EntityType type, int tokenCount, uint hint, ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        if (!HasLetterOrDigit(mention) || HasCutWord(mention))
        {
            return false;
        }

        if (type != EntityType.Person || tokenCount != 1 || mention.Length > LongestListedWord)
        {
            return true;
        }

        Span<char> lower = stackalloc char[LongestListedWord];
        var length = mention.ToLowerInvariant(lower);
        if (length < 0)
        {
            return true;
        }

        if (WordLists.NotPersonAlone.Contains(lower[..length]))
        {
            return false;
        }

        if (!WordLists.PersonOnlyIfNamed.Contains(lower[..length]))
        {
            return true;
        }

        return DocumentHint.LongerType(hint) == EntityType.Person
            && !WordLists.DatePreceders.Contains(previous)
            && !(next.Length > 0 && char.IsAsciiDigit(next[0]));
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
