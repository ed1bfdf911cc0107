namespace EntityExtract.Text.Positions;

/// <summary>
/// Where a piece of a file's text begins within the whole file: its code point offset, its
/// 1-based line, and the code point offset at which that line began. Lets a chunk of a large file
/// report the same positions the whole file would.
/// </summary>
public readonly record struct TextOrigin(long Offset, int Line, long LineStart)
{
    public static TextOrigin Start { get; } = new(0, 1, 0);

    /// <summary>The origin of the text that follows <paramref name="text"/>, which began here.</summary>
    public TextOrigin Advance(ReadOnlySpan<char> text)
    {
        var offset = Offset;
        var line = Line;
        var lineStart = LineStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                continue;
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
