namespace EntityExtract.Text.Positions;

/// <summary>
/// Turns UTF-16 indexes into <see cref="TextPosition"/>s. Rows are written in offset order, so the
/// cursor only ever moves forward and a whole file costs one pass over its characters, not one
/// pass per mention.
/// </summary>
public struct TextPositionCursor
{
    private int _index;
    private TextOrigin _at;

    public TextPositionCursor()
        : this(TextOrigin.Start)
    {
    }

    /// <summary>A cursor for a piece of a file that begins at <paramref name="origin"/>.</summary>
    public TextPositionCursor(TextOrigin origin)
    {
        _at = origin;
    }

    /// <summary>Position of UTF-16 index <paramref name="index"/>; indexes must not decrease between calls.</summary>
    public TextPosition MoveTo(ReadOnlySpan<char> text, int index)
    {
        if (index < _index)
        {
            ThrowBackwards(index);
        }

        _at = _at.Advance(text, _index, index);
        _index = index;
        return new TextPosition(_at.Offset, _at.Line, _at.Column);
    }

    private static void ThrowBackwards(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "Positions must be asked for in increasing order.");
}
