using System.Runtime.CompilerServices;
using EntityExtract.Text.Characters;

namespace EntityExtract.Text.Tokenization;

/// <summary>
/// One pass over the text: each step looks at the class of the character at the cursor, scans one
/// token (or a run of space) and returns the position after it. The partial files hold the scanners
/// for words, periods, clitics, web addresses and emoji.
/// </summary>
internal readonly ref partial struct TokenScanner
{
    private readonly ReadOnlySpan<char> _text;
    private readonly TokenBuffer _output;

    public TokenScanner(ReadOnlySpan<char> text, TokenBuffer output)
    {
        _text = text;
        _output = output;
    }

    public void Run()
    {
        int pos = 0;
        while (pos < _text.Length)
        {
            pos = Next(pos);
        }
    }

    private int Next(int pos)
    {
        char c = _text[pos];
        switch (CharClasses.Of(c))
        {
            case CharClass.Space:
                return SkipSpace(pos);
            case CharClass.Lower:
            case CharClass.Upper:
            case CharClass.Digit:
                return c < 128 ? ScanAsciiWordStart(pos, c) : ScanWord(pos, pos);
            case CharClass.Letter:
            case CharClass.Mark:
                return ScanWord(pos, pos);
            case CharClass.Period:
                return ScanPeriod(pos);
            case CharClass.Hyphen:
                return ScanHyphen(pos, c);
            case CharClass.Apostrophe:
                return ScanApostrophe(pos);
            case CharClass.At:
                return ScanHandle(pos);
            case CharClass.Hash:
                return ScanHashtag(pos);
            case CharClass.Emoji:
                return ScanEmoji(pos, 1, regional: false);
            case CharClass.Surrogate:
                return ScanSurrogate(pos);
            case CharClass.Symbol:
                return ScanSymbol(pos, c);
            case CharClass.Currency:
                return Emit(pos, 1, TokenKind.Symbol);
            default:
                // Commas, quotes, brackets, dashes, ! ? and the rest stand alone.
                return Emit(pos, 1, TokenKind.Punctuation);
        }
    }

    private int SkipSpace(int pos)
    {
        int run = _text[(pos + 1)..].IndexOfAnyExcept(TokenChars.AsciiSpace);
        return run < 0 ? _text.Length : pos + 1 + run;
    }

    /// <summary>A plus, minus or hyphen is a sign only where a number could start: after space, an opening bracket or a quote.</summary>
    private bool IsSignPosition(int pos) =>
        pos + 1 < _text.Length && CharClasses.IsDigit(_text[pos + 1])
        && (pos == 0 || CharClasses.Of(_text[pos - 1]) is CharClass.Space or CharClass.Open or CharClass.Quote);

    private int ScanSymbol(int pos, char c) =>
        c is '+' or '\u2212' && IsSignPosition(pos) ? ScanWord(pos, pos + 1) : Emit(pos, 1, TokenKind.Symbol);

    private int ScanHyphen(int pos, char c)
    {
        if (c == '-')
        {
            int run = RunLength(pos, '-');
            if (run >= 2)
            {
                return Emit(pos, run, TokenKind.Punctuation);
            }
        }

        return IsSignPosition(pos) ? ScanWord(pos, pos + 1) : Emit(pos, 1, TokenKind.Punctuation);
    }

    private int RunLength(int pos, char c)
    {
        int run = _text[pos..].IndexOfAnyExcept(c);
        return run < 0 ? _text.Length - pos : run;
    }

    /// <summary>Adds a token and returns the position after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Emit(int start, int length, TokenKind kind)
    {
        if (length <= TextLimits.MaxTokenLength)
        {
            _output.Add(new Token(start, length, kind));
        }
        else
        {
            EmitInPieces(start, length, kind);
        }

        return start + length;
    }

    /// <summary>Cuts an over-long token into pieces of at most <see cref="TextLimits.MaxTokenLength"/>, never inside a surrogate pair.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EmitInPieces(int start, int length, TokenKind kind)
    {
        while (length > TextLimits.MaxTokenLength)
        {
            int piece = TextLimits.MaxTokenLength;
            if (char.IsHighSurrogate(_text[start + piece - 1]) && char.IsLowSurrogate(_text[start + piece]))
            {
                piece--;
            }

            _output.Add(new Token(start, piece, kind));
            start += piece;
            length -= piece;
        }

        _output.Add(new Token(start, length, kind));
    }
}
