namespace EntityExtract.Input;

/// <summary>
/// Where to cut a run of text so that both halves are tagged as well as the whole would be: after
/// a blank line (a paragraph end) if there is one in the second half, else after a line break,
/// else after a space, else anywhere that does not split a surrogate pair or a CR LF.
/// </summary>
internal static class CutPoint
{
    /// <summary>A cut index in (0, text.Length]; text[..cut] is the piece to emit.</summary>
    public static int Find(ReadOnlySpan<char> text)
    {
        var floor = text.Length / 2;
        var lastBreak = -1;
        var lastSpace = -1;
        for (var i = text.Length - 2; i >= floor; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                var after = c == '\r' && text[i + 1] == '\n' ? i + 2 : i + 1;
                if (IsBlankLineBefore(text, i))
                {
                    return after;
                }

                lastBreak = lastBreak < 0 ? after : lastBreak;
            }
            else if (lastSpace < 0 && char.IsWhiteSpace(c))
            {
                lastSpace = i + 1;
            }
        }

        if (lastBreak > 0)
        {
            return lastBreak;
        }

        if (lastSpace > 0)
        {
            return lastSpace;
        }

        var cut = text.Length - 1;
        return char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }

    /// <summary>True when the line ending at <paramref name="index"/> holds only spaces and tabs.</summary>
    private static bool IsBlankLineBefore(ReadOnlySpan<char> text, int index)
    {
        var j = index - 1;
        if (text[index] == '\n' && j >= 0 && text[j] == '\r')
        {
            j--;
        }

        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j >= 0 && text[j] is '\n' or '\r';
    }
}
