using System.Buffers;
using System.Text;

namespace EntityExtract.Output;

/// <summary>
/// The text a workbook cell can hold: unpaired surrogates become U+FFFD (as they do in UTF-8),
/// text past Excel's limit is cut, and characters XML cannot hold are replaced. No formula guard:
/// a workbook's text cell is never run as a formula.
/// </summary>
internal static class XlsxCellText
{
    /// <summary>Excel's limit on the characters of one cell; longer text is cut.</summary>
    public const int MaxCellChars = 32_767;

    // Characters XML 1.0 cannot hold at all; a workbook holding one does not open.
    private static readonly SearchValues<char> NotXml = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    public static string Of(ReadOnlySpan<char> value)
    {
        var chars = new char[value.Length];
        return new string(chars, 0, Write(value, chars));
    }

    /// <summary>Writes the cell's text to <paramref name="destination"/>, which must hold all of <paramref name="value"/>; returns its length.</summary>
    public static int Write(ReadOnlySpan<char> value, Span<char> destination)
    {
        value.CopyTo(destination);
        var chars = destination[..value.Length];
        if (chars.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            ReplaceUnpaired(chars);
        }

        // Mended before the cut, which may leave half a pair at the end as it always has.
        var text = chars[..Math.Min(chars.Length, MaxCellChars)];
        for (var i = text.IndexOfAny(NotXml); i >= 0 && i < text.Length; i++)
        {
            if (NotXml.Contains(text[i]))
            {
                text[i] = '\uFFFD';
            }
        }

        return text.Length;
    }

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
