using EntityExtract.Text.Characters;

namespace EntityExtract.Text.Tokenization;

internal readonly ref partial struct TokenScanner
{
    /// <summary>
    /// Scans a word or number from <paramref name="pos"/> (the token itself begins at
    /// <paramref name="start"/>, one earlier when a sign leads). Runs of letters, digits and marks
    /// are joined across a hyphen (<c>al-Assad</c>, <c>1996-08-22</c>), an apostrophe between
    /// letters (<c>O'Brien</c>), an ampersand between capitals (<c>AT&amp;T</c>) and, while the
    /// token is still a number, across thousands separators, decimal points, colons and slashes.
    /// </summary>
    private int ScanWord(int start, int pos)
    {
        ReadOnlySpan<char> text = _text;
        bool numeric = CharClasses.IsDigit(text[pos]);
        bool apostrophe = false;
        int segment = pos;
        int i = pos;
        while (true)
        {
            i = SkipWordParts(i, ref numeric);
            if (i >= text.Length)
            {
                break;
            }

            if (text[i] == '.')
            {
                int end = PeriodAfterWord(segment, i, numeric);
                if (end == JoinPeriod)
                {
                    i++;
                    continue;
                }

                if (end > i)
                {
                    return Emit(start, end - start, TokenKind.Word);
                }

                break;
            }

            if (!Joins(i, numeric, ref apostrophe))
            {
                break;
            }

            i++;
            if (CharClasses.Of(text[i - 1]) == CharClass.Hyphen)
            {
                // Abbreviations are looked up after the last hyphen: Iraq-U.N., ex-Gov.
                segment = i;
            }
        }

        return EmitWord(start, i, numeric, apostrophe);
    }

    /// <summary>Moves past letters, digits, marks and astral letters; a letter makes the token a word rather than a number.</summary>
    private int SkipWordParts(int i, ref bool numeric)
    {
        ReadOnlySpan<char> text = _text;
        while (i < text.Length)
        {
            switch (CharClasses.Of(text[i]))
            {
                case CharClass.Lower:
                case CharClass.Upper:
                case CharClass.Letter:
                    numeric = false;
                    i++;
                    break;
                case CharClass.Digit:
                case CharClass.Mark:
                    i++;
                    break;
                case CharClass.Surrogate when CodePoints.PairAt(text, i) is var cp && cp >= 0 && CodePoints.IsWordPart(cp):
                    numeric = false;
                    i += 2;
                    break;
                default:
                    return i;
            }
        }

        return i;
    }

    /// <summary>Whether the punctuation at <paramref name="i"/>, just after a word part, joins it to the word part after it.</summary>
    private bool Joins(int i, bool numeric, ref bool apostrophe)
    {
        ReadOnlySpan<char> text = _text;
        if (i + 1 >= text.Length)
        {
            return false;
        }

        char c = text[i];
        char next = text[i + 1];
        switch (CharClasses.Of(c))
        {
            case CharClass.Hyphen:
                return IsWordPartAt(i + 1);
            case CharClass.Apostrophe when CharClasses.IsLetter(text[i - 1]) && CharClasses.IsLetter(next):
                apostrophe = true;
                return true;
            case CharClass.Comma:
                return numeric && IsThousandsGroup(i + 1);
            case CharClass.Punct when c == '_':
                return IsWordPartAt(i + 1);
            case CharClass.Punct when c is ':' or '/':
                return numeric && char.IsAsciiDigit(next);
            case CharClass.Symbol when c == '&':
                return CharClasses.IsUpper(text[i - 1]) && CharClasses.IsUpper(next);
            default:
                return false;
        }
    }

    private bool IsWordPartAt(int i) =>
        CharClasses.IsWordPart(CharClasses.Of(_text[i]))
        || (CodePoints.PairAt(_text, i) is var cp && cp >= 0 && CodePoints.IsWordPart(cp));

    /// <summary>Exactly three digits and then no digit: the <c>,567</c> of <c>1,234,567</c>, not the <c>,2</c> of a list <c>1,2,3</c>.</summary>
    private bool IsThousandsGroup(int i)
    {
        ReadOnlySpan<char> text = _text;
        return i + 2 < text.Length
            && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
            && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));
    }

    private int EmitWord(int start, int end, bool numeric, bool apostrophe)
    {
        if (apostrophe)
        {
            int cut = Clitics.SplitPoint(_text[start..end]);
            if (cut > 0)
            {
                Emit(start, cut, TokenKind.Word);
                return Emit(start + cut, end - start - cut, TokenKind.Word);
            }
        }

        return Emit(start, end - start, numeric ? TokenKind.Number : TokenKind.Word);
    }
}
