using System.Buffers;
using System.Text;

namespace EntityExtract.Output;

/// <summary>
/// The text a workbook cell can hold: unpaired surrogates become U+FFFD (as they do in UTF-8),
/// text past Excel's limit is cut (around a <c>[[mention]]</c> marker where there is one, with
/// <c>…</c> where text was left out), characters XML cannot hold are replaced, and a carriage
/// return is written as the escape <c>_x000D_</c> that spreadsheets decode (XML reads a bare one as
/// a line feed). No formula guard: a workbook's text cell is never run as a formula.
/// </summary>
internal static class XlsxCellText
{
    /// <summary>Excel's limit on the characters of one cell; longer text is cut.</summary>
    public const int MaxCellChars = 32_767;

    private const char Ellipsis = '…';

    // Every escape replaces one character with seven: "_x000D_" for CR, "_x005F_" before "_xHHHH_".
    private const int EscapeGrowth = 6;

    // Characters XML 1.0 cannot hold at all; a workbook holding one does not open.
    private static readonly SearchValues<char> NotXml = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private static readonly SearchValues<char> Escaped = SearchValues.Create("\r_");

    public static string Of(ReadOnlySpan<char> value)
    {
        var chars = Array.Empty<char>();
        var length = Write(value, ref chars, 0);
        return new string(chars, 0, length);
    }

    /// <summary>
    /// Writes the cell's text into <paramref name="buffer"/> from <paramref name="start"/>, growing the
    /// buffer where it is too small; returns the length written.
    /// </summary>
    public static int Write(ReadOnlySpan<char> value, ref char[] buffer, int start)
    {
        Reserve(ref buffer, start, value.Length);
        var length = Clean(value, buffer.AsSpan(start));
        var escapes = CountEscapes(buffer.AsSpan(start, length));
        if (escapes == 0)
        {
            return length;
        }

        var escaped = length + (escapes * EscapeGrowth);
        Reserve(ref buffer, start, escaped);
        Escape(buffer.AsSpan(start, escaped), length);
        return escaped;
    }

    private static void Reserve(ref char[] buffer, int start, int needed)
    {
        if (buffer.Length - start < needed)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, start + needed));
        }
    }

    /// <summary>Mends, cuts and replaces in place; <paramref name="destination"/> holds all of <paramref name="value"/>.</summary>
    private static int Clean(ReadOnlySpan<char> value, Span<char> destination)
    {
        value.CopyTo(destination);
        var chars = destination[..value.Length];
        if (chars.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            ReplaceUnpaired(chars);
        }

        var text = chars.Length > MaxCellChars ? Cut(chars) : chars;
        for (var i = text.IndexOfAny(NotXml); i >= 0 && i < text.Length; i++)
        {
            if (NotXml.Contains(text[i]))
            {
                text[i] = '\uFFFD';
            }
        }

        return text.Length;
    }

    /// <summary>
    /// Cuts text too long for a cell to <see cref="MaxCellChars"/>: a window centred on the first
    /// <c>[[mention]]</c> marker (so a context cell keeps what it is about), else the start; each
    /// side left out is marked with <c>…</c>. No surrogate pair is split.
    /// </summary>
    private static Span<char> Cut(Span<char> chars)
    {
        const int keep = MaxCellChars;
        var from = 0;
        var open = chars.IndexOf("[[");
        var close = open < 0 ? -1 : chars[open..].IndexOf("]]");
        if (close >= 0)
        {
            var middle = open + ((close + 2) / 2);
            from = Math.Clamp(middle - (keep / 2), 0, chars.Length - keep);
        }

        var to = from + keep;
        if (from > 0)
        {
            from++; // room for the leading mark
        }

        if (to < chars.Length)
        {
            to--; // room for the trailing mark
        }

        if (from > 0 && char.IsLowSurrogate(chars[from]))
        {
            from++;
        }

        if (to < chars.Length && char.IsHighSurrogate(chars[to - 1]))
        {
            to--;
        }

        var lead = from > 0 ? 1 : 0;
        chars[from..to].CopyTo(chars[lead..]);
        var length = lead + (to - from);
        if (lead == 1)
        {
            chars[0] = Ellipsis;
        }

        if (to < chars.Length)
        {
            chars[length++] = Ellipsis;
        }

        return chars[..length];
    }

    private static int CountEscapes(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = text.IndexOfAny(Escaped); i >= 0;)
        {
            if (text[i] == '\r' || IsEscapeLike(text[i..]))
            {
                count++;
            }

            var next = text[(i + 1)..].IndexOfAny(Escaped);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return count;
    }

    /// <summary>
    /// Writes the escapes, from the end back so nothing is read after it is overwritten:
    /// <paramref name="chars"/> holds the text in its first <paramref name="length"/> characters.
    /// </summary>
    private static void Escape(Span<char> chars, int length)
    {
        var to = chars.Length;
        for (var from = length - 1; from >= 0; from--)
        {
            var c = chars[from];
            if (c == '\r')
            {
                to -= 7;
                "_x000D_".CopyTo(chars[to..]);
            }
            else if (c == '_' && IsEscapeLike(chars[from..length]))
            {
                // A literal "_xHHHH_" would be read as an escape: its underscore is escaped itself.
                to -= 7;
                "_x005F_".CopyTo(chars[to..]);
            }
            else
            {
                chars[--to] = c;
            }
        }
    }

    /// <summary>True where the text starts with <c>_xHHHH_</c>, which a spreadsheet reads as an escape.</summary>
    private static bool IsEscapeLike(ReadOnlySpan<char> text) =>
        text.Length >= 7 && text[0] == '_' && text[1] is 'x' or 'X' && text[6] == '_' && !text[2..6].ContainsAnyExcept("0123456789ABCDEFabcdef");

    private static void ReplaceUnpaired(Span<char> chars)
    {
        for (var i = 0; i < chars.Length;)
        {
            // A high surrogate at the very end needs more data: it is unpaired too.
            if (Rune.DecodeFromUtf16(chars[i..], out _, out var used) != OperationStatus.Done)
            {
                chars[i] = '\uFFFD';
                i++;
                continue;
            }

            i += used;
        }
    }
}
