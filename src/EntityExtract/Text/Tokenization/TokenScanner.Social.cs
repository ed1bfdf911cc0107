using EntityExtract.Text.Characters;

namespace EntityExtract.Text.Tokenization;

internal readonly ref partial struct TokenScanner
{
    /// <summary>An @ with handle characters after it (<c>@washingtonpost</c>); a bare @ is a symbol.</summary>
    private int ScanHandle(int pos)
    {
        int length = _text[(pos + 1)..].IndexOfAnyExcept(TokenChars.Handle);
        length = length < 0 ? _text.Length - pos - 1 : length;
        return length > 0 ? Emit(pos, length + 1, TokenKind.Handle) : Emit(pos, 1, TokenKind.Symbol);
    }

    /// <summary>A hashtag needs a letter (<c>#MeToo</c>, <c>#G20</c>); <c>#1</c> is a sign and a number.</summary>
    private int ScanHashtag(int pos)
    {
        ReadOnlySpan<char> text = _text;
        int i = pos + 1;
        bool letter = false;
        while (i < text.Length)
        {
            char c = text[i];
            CharClass cls = CharClasses.Of(c);
            if (cls is CharClass.Lower or CharClass.Upper or CharClass.Letter)
            {
                letter = true;
            }
            else if (cls is not (CharClass.Digit or CharClass.Mark) && c != '_')
            {
                break;
            }

            i++;
        }

        return letter ? Emit(pos, i - pos, TokenKind.Hashtag) : Emit(pos, 1, TokenKind.Symbol);
    }
}
