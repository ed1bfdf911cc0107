using EntityExtract.Text.Characters;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Text.Tokenization;

internal readonly ref partial struct TokenScanner
{
    /// <summary>Returned by <see cref="PeriodAfterWord"/> when the period sits inside the word (<c>3.5</c>, <c>Amazon.com</c>).</summary>
    private const int JoinPeriod = -1;

    /// <summary>Longest segment of a dotted acronym: two letters allow <c>Ph.D.</c> but keep <c>Mr.Smith</c> apart.</summary>
    private const int MaxAcronymSegment = 2;

    /// <summary>Spaces allowed between <c>No.</c> and the number that makes it an abbreviation.</summary>
    private const int MaxSpacesBeforeNumber = 2;

    /// <summary>A period that starts a token: an ellipsis <c>...</c>, a decimal <c>.5</c>, or sentence punctuation.</summary>
    private int ScanPeriod(int pos)
    {
        int run = RunLength(pos, '.');
        if (run >= 2)
        {
            return Emit(pos, run, TokenKind.Punctuation);
        }

        return IsSignPosition(pos) ? ScanWord(pos, pos + 1) : Emit(pos, 1, TokenKind.Punctuation);
    }

    /// <summary>
    /// Decides what the period at <paramref name="dot"/> after the word (or the part after its last
    /// hyphen) <c>[start, dot)</c> is:
    /// <see cref="JoinPeriod"/> to keep scanning the word, the token's end when the period (and
    /// possibly more dotted letters) belongs to an abbreviation, or <paramref name="dot"/> when the
    /// period is punctuation of its own.
    /// </summary>
    private int PeriodAfterWord(int start, int dot, bool numeric)
    {
        ReadOnlySpan<char> text = _text;
        char next = dot + 1 < text.Length ? text[dot + 1] : '\0';
        if (numeric)
        {
            return char.IsAsciiDigit(next) ? JoinPeriod : dot;
        }

        if (next == '.')
        {
            // An ellipsis follows: "etc..." is the word and the ellipsis.
            return dot;
        }

        ReadOnlySpan<char> word = text[start..dot];
        if (word.Length <= MaxAcronymSegment && IsLetters(word))
        {
            int end = MatchDottedAcronym(dot, word.Length == 1);
            if (end > 0)
            {
                return end;
            }
        }

        if (IsAbbreviation(word, dot + 1))
        {
            return dot + 1;
        }

        // A period between a word and a lower-case letter or digit is part of a name: Amazon.com, node.js, v2.1.
        return CharClasses.IsLower(next) || CharClasses.IsDigit(next) ? JoinPeriod : dot;
    }

    /// <summary>
    /// Matches the rest of a dotted acronym (<c>U.S.</c>, <c>U.S.A.</c>, <c>a.m.</c>, <c>Ph.D.</c>)
    /// whose first segment ends at <paramref name="dot"/>. Returns the end of the acronym, or -1
    /// when only one segment is dotted (an initial or an abbreviation, decided elsewhere).
    /// </summary>
    private int MatchDottedAcronym(int dot, bool singleLetters)
    {
        ReadOnlySpan<char> text = _text;
        int segments = 1;
        int end = dot + 1;
        while (true)
        {
            int run = LetterRun(end);
            if (run == 0 || run > MaxAcronymSegment)
            {
                break;
            }

            int after = end + run;
            if (after < text.Length && text[after] == '.')
            {
                singleLetters &= run == 1;
                segments++;
                end = after + 1;
                continue;
            }

            // "U.S" without its last period still reads as the acronym when every segment is one letter.
            if (singleLetters && run == 1 && (after == text.Length || !CharClasses.IsWordPart(CharClasses.Of(text[after]))))
            {
                segments++;
                end = after;
            }

            break;
        }

        return segments >= 2 ? end : -1;
    }

    /// <summary>Letters from <paramref name="i"/>, counting at most one more than an acronym segment may have.</summary>
    private int LetterRun(int i)
    {
        ReadOnlySpan<char> text = _text;
        int run = 0;
        while (i + run < text.Length && run <= MaxAcronymSegment && CharClasses.IsLetter(text[i + run]))
        {
            run++;
        }

        return run;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!CharClasses.IsLetter(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>An initial (one capital), a listed abbreviation, or <c>No</c>-like words before a number.</summary>
    private bool IsAbbreviation(ReadOnlySpan<char> word, int afterDot)
    {
        if (word.Length == 1)
        {
            return CharClasses.IsUpper(word[0]);
        }

        return WordLists.Abbreviations.Contains(word)
            || (WordLists.NumberAbbreviations.Contains(word) && NumberFollows(afterDot));
    }

    private bool NumberFollows(int i)
    {
        ReadOnlySpan<char> text = _text;
        for (int spaces = 0; i < text.Length && spaces <= MaxSpacesBeforeNumber; i++, spaces++)
        {
            if (!CharClasses.IsSpace(text[i]))
            {
                return CharClasses.IsDigit(text[i]);
            }
        }

        return false;
    }
}
