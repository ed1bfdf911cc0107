using EntityExtract.Text.Characters;

namespace EntityExtract.Text.Tokenization;

internal readonly ref partial struct TokenScanner
{
    /// <summary>
    /// An apostrophe that did not join two letters: a clitic after a number or abbreviation
    /// (<c>1990's</c>, <c>U.S.'s</c>), otherwise a quote or the plural possessive of <c>players'</c>.
    /// </summary>
    private int ScanApostrophe(int pos)
    {
        if (pos > 0 && (CharClasses.IsWordPart(CharClasses.Of(_text[pos - 1])) || _text[pos - 1] == '.'))
        {
            int length = Clitics.LengthAt(_text[pos..]);
            if (length > 0)
            {
                return Emit(pos, length, TokenKind.Word);
            }
        }

        return Emit(pos, 1, TokenKind.Punctuation);
    }
}
