namespace EntityExtract.Text.Positions;

/// <summary>
/// Where a piece of a file's text begins within the whole file: its code point offset, its
/// 1-based line, and the code point offset at which that line began. Lets a piece of a large file
/// report the same positions the whole file would. The one place that counts lines and code
/// points: pieces advance with it, and <see cref="TextPositionCursor"/> walks with it. All three
/// are 64-bit: a file of more than 2³¹ lines, or a line of more than 2³¹ code points, is read in
/// pieces like any other and must not wrap.
/// </summary>
public readonly record struct TextOrigin(long Offset, long Line, long LineStart)
{
    public static TextOrigin Start { get; } = new(0, 1, 0);

    /// <summary>1-based column, in code points.</summary>
    public long Column => Offset - LineStart + 1;

    /// <summary>The origin of the text that follows <paramref name="text"/>, which began here.</summary>
    public TextOrigin Advance(ReadOnlySpan<char> text) => Advance(text, 0, text.Length);

    /// <summary>
    /// The origin of <c>text[to]</c>, where <c>text[from]</c> is at this origin. The whole text is
    /// passed so that a surrogate pair or a CR LF split by <paramref name="from"/> or
    /// <paramref name="to"/> counts once. CR, LF and CR LF each end one line.
    /// </summary>
    public TextOrigin Advance(ReadOnlySpan<char> text, int from, int to)
    {
        var offset = Offset;
        var line = Line;
        var lineStart = LineStart;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                continue; // second half of one code point
            }

            offset++;
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = offset;
            }
        }

        return new TextOrigin(offset, line, lineStart);
    }
}
