using System.Text;

namespace EntityExtract.Output;

/// <summary>
/// The text around a mention for the <c>context</c> column: up to N code points either side,
/// whitespace runs (line breaks included) collapsed to one space, the mention marked
/// <c>[[</c>like this<c>]]</c>.
/// </summary>
public static class ContextSnippet
{
    public static string Of(ReadOnlySpan<char> text, int start, int end, int width)
    {
        var from = StepBack(text, start, width);
        var to = StepForward(text, end, width);
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
