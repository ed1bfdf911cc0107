using EntityExtract.Text.Characters;

namespace EntityExtract.Text.Tokenization;

internal readonly ref partial struct TokenScanner
{
    private const char VariationText = '\uFE0E';
    private const char VariationEmoji = '\uFE0F';
    private const char Keycap = '\u20E3';
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>
    /// A surrogate pair is a letter (joins a word), an emoji, or another symbol; a lone surrogate
    /// is kept as a one-unit symbol so that offsets stay exact over malformed text.
    /// </summary>
    private int ScanSurrogate(int pos)
    {
        int codePoint = CodePoints.PairAt(_text, pos);
        if (codePoint < 0)
        {
            return Emit(pos, 1, TokenKind.Symbol);
        }

        if (CodePoints.IsWordPart(codePoint))
        {
            return ScanWord(pos, pos);
        }

        return CodePoints.IsEmoji(codePoint)
            ? ScanEmoji(pos, 2, CodePoints.IsRegionalIndicator(codePoint))
            : Emit(pos, 2, TokenKind.Symbol);
    }

    /// <summary>
    /// One emoji with what extends it: variation selectors, keycaps, skin tones, tag letters, a
    /// second regional indicator (a flag) and further emoji glued on with zero-width joiners.
    /// </summary>
    private int ScanEmoji(int pos, int width, bool regional)
    {
        ReadOnlySpan<char> text = _text;
        int i = pos + width;
        if (regional && CodePoints.PairAt(text, i) is var second && CodePoints.IsRegionalIndicator(second))
        {
            i += 2;
        }

        while (i < text.Length)
        {
            char c = text[i];
            if (c is VariationText or VariationEmoji or Keycap)
            {
                i++;
            }
            else if (c == ZeroWidthJoiner && EmojiWidthAt(i + 1) is var joined && joined > 0)
            {
                i += 1 + joined;
            }
            else if (CodePoints.PairAt(text, i) is var cp && CodePoints.IsEmojiModifier(cp))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return Emit(pos, i - pos, TokenKind.Emoji);
    }

    private int EmojiWidthAt(int i)
    {
        if (i >= _text.Length)
        {
            return 0;
        }

        if (CharClasses.Of(_text[i]) == CharClass.Emoji)
        {
            return 1;
        }

        int cp = CodePoints.PairAt(_text, i);
        return cp >= 0 && CodePoints.IsEmoji(cp) ? 2 : 0;
    }
}
