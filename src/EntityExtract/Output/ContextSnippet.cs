using System.Text;
using EntityExtract.Text.Characters;

namespace EntityExtract.Output;

/// <summary>
/// The text around a mention for the <c>context</c> column: up to N code points either side,
/// never starting or ending inside a word (a word cut by the limit is left out), whitespace runs
/// (line breaks included) collapsed to one space, the mention marked <c>[[</c>like this<c>]]</c>.
/// </summary>
public static class ContextSnippet
{
    public static string Of(ReadOnlySpan<char> text, int start, int end, int width)
    {
        var from = WordStartAfter(text, StepBack(text, start, width), start);
        var to = WordEndBefore(text, StepForward(text, end, width), end);
        var builder = new StringBuilder(to - from + 8);
        AppendCollapsed(builder, text[from..start]);
        builder.Append("[[");
        AppendCollapsed(builder, text[start..end]);
        builder.Append("]]");
        AppendCollapsed(builder, text[end..to]);
        return builder.ToString().Trim();
    }

    private static int StepBack(ReadOnlySpan<char> text, int index, int codePoints)
    {
        while (codePoints-- > 0 && index > 0)
        {
            index--;
            if (index > 0 && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]))
            {
                index--;
            }
        }

        return index;
    }

    private static int StepForward(ReadOnlySpan<char> text, int index, int codePoints)
    {
        while (codePoints-- > 0 && index < text.Length)
        {
            index += index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index;
    }

    /// <summary><paramref name="index"/>, or past the rest of the word it falls inside (not past <paramref name="limit"/>).</summary>
    private static int WordStartAfter(ReadOnlySpan<char> text, int index, int limit)
    {
        if (index == 0 || !IsWordBefore(text, index))
        {
            return index;
        }

        while (index < limit && IsWordAt(text, index, out var length))
        {
            index += length;
        }

        return index;
    }

    /// <summary><paramref name="index"/>, or back to the start of the word it falls inside (not before <paramref name="limit"/>).</summary>
    private static int WordEndBefore(ReadOnlySpan<char> text, int index, int limit)
    {
        if (index == text.Length || !IsWordAt(text, index, out _))
        {
            return index;
        }

        while (index > limit && IsWordBefore(text, index))
        {
            index -= Rune.DecodeLastFromUtf16(text[..index], out _, out var length) == System.Buffers.OperationStatus.Done ? length : 1;
        }

        return index;
    }

    private static bool IsWordAt(ReadOnlySpan<char> text, int index, out int length)
    {
        if (Rune.DecodeFromUtf16(text[index..], out var rune, out length) != System.Buffers.OperationStatus.Done)
        {
            length = 1;
            return false;
        }

        return IsWordRune(rune);
    }

    private static bool IsWordBefore(ReadOnlySpan<char> text, int index) =>
        Rune.DecodeLastFromUtf16(text[..index], out var rune, out _) == System.Buffers.OperationStatus.Done && IsWordRune(rune);

    /// <summary>Letters, digits and combining marks make words; so does an apostrophe, which joins "O'Brien".</summary>
    private static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune)
        || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
        || (rune.IsBmp && CharClasses.IsApostrophe((char)rune.Value));

    private static void AppendCollapsed(StringBuilder builder, ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }
    }
}
