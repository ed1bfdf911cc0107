namespace EntityExtract.Text.Positions;

/// <summary>
/// Turns UTF-16 indexes into <see cref="TextPosition"/>s. Rows are written in offset order, so the
/// cursor only ever moves forward and a whole file costs one pass over its characters, not one
/// pass per mention. CR, LF and CR LF each end one line.
/// </summary>
public struct TextPositionCursor
{
    private int _index;
    private long _codePoints;
    private int _line;
    private long _lineStartCodePoints;

    public TextPositionCursor()
        : this(TextOrigin.Start)
    {
    }

    /// <summary>A cursor for a piece of a file that begins at <paramref name="origin"/>.</summary>
    public TextPositionCursor(TextOrigin origin)
    {
        _codePoints = origin.Offset;
        _line = origin.Line;
        _lineStartCodePoints = origin.LineStart;
    }

    /// <summary>Position of UTF-16 index <paramref name="index"/>; indexes must not decrease between calls.</summary>
    public TextPosition MoveTo(ReadOnlySpan<char> text, int index)
    {
        if (index < _index)
        {
            ThrowBackwards(index);
        }

        for (var i = _index; i < index; i++)
        {
            var c = text[i];
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                continue; // second half of one code point
            }

            _codePoints++;
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _line++;
                _lineStartCodePoints = _codePoints;
            }
        }

        _index = index;
        return new TextPosition(_codePoints, _line, (int)(_codePoints - _lineStartCodePoints) + 1);
    }

    private static void ThrowBackwards(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "Positions must be asked for in increasing order.");
}
