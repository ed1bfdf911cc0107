using EntityExtract.Text.Characters;
using EntityExtract.Text.Lexicon;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Text.Sentences;

/// <summary>What single tokens say about sentence boundaries.</summary>
public static partial class SentenceSplitter
{
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
}
