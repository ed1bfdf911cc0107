namespace EntityExtract.Output;

/// <summary>Counting in code points, the unit of every offset the product writes.</summary>
public static class CodePoints
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = text.Length;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                count--;
            }
        }

        return count;
    }
}
