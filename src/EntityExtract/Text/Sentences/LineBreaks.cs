using System.Buffers;

namespace EntityExtract.Text.Sentences;

/// <summary>Counts line breaks in the space between two tokens; CRLF, CR, LF and the Unicode separators all count.</summary>
internal static class LineBreaks
{
    /// <summary>Two or more breaks (a blank line), a paragraph separator or a form feed.</summary>
    public const int Paragraph = 2;

    private static readonly SearchValues<char> s_breaks = SearchValues.Create("\n\v\f\r\u0085\u2028\u2029");

    /// <summary>0, 1, or <see cref="Paragraph"/> for the gap <c>[from, to)</c> of <paramref name="text"/>.</summary>
    public static int Between(ReadOnlySpan<char> text, int from, int to)
    {
        if (to <= from)
        {
            return 0;
        }

        ReadOnlySpan<char> gap = text[from..to];
        int k = gap.IndexOfAny(s_breaks);
        if (k < 0)
        {
            return 0;
        }

        int count = 0;
        for (; k < gap.Length && count < Paragraph; k++)
        {
            switch (gap[k])
            {
                case '\r':
                    count++;
                    if (k + 1 < gap.Length && gap[k + 1] == '\n')
                    {
                        k++;
                    }

                    break;
                case '\n' or '\v' or '\u0085' or '\u2028':
                    count++;
                    break;
                case '\f' or '\u2029':
                    count = Paragraph;
                    break;
            }
        }

        return count;
    }

    /// <summary>Whether the line that starts at <paramref name="start"/> is at least <paramref name="length"/> units long; reads no further than that.</summary>
    public static bool LineReaches(ReadOnlySpan<char> text, int start, int length) =>
        text.Length - start >= length && text.Slice(start, length).IndexOfAny(s_breaks) < 0;
}
