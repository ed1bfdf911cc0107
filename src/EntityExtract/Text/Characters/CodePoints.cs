using System.Globalization;

namespace EntityExtract.Text.Characters;

/// <summary>
/// Counting code points, the unit of every offset the product writes, and questions about
/// characters outside the Basic Multilingual Plane, asked only when the text holds a surrogate
/// pair, so the ASCII path never pays for them.
/// </summary>
public static class CodePoints
{
    /// <summary>How many code points <paramref name="text"/> holds (a valid surrogate pair is one).</summary>
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

    /// <summary>The code point of a valid surrogate pair at <paramref name="index"/>, or -1.</summary>
    public static int PairAt(ReadOnlySpan<char> text, int index)
    {
        if (index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]))
        {
            return char.ConvertToUtf32(text[index], text[index + 1]);
        }

        return -1;
    }

    /// <summary>Letters, digits and marks such as CJK extension ideographs or mathematical letters.</summary>
    public static bool IsWordPart(int codePoint) => CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    /// <summary>The emoji planes, plus any other astral pictograph Unicode files as a symbol.</summary>
    public static bool IsEmoji(int codePoint) =>
        codePoint is >= 0x1F000 and <= 0x1FAFF
        || CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherSymbol;

    /// <summary>Two regional indicator letters in a row spell a flag.</summary>
    public static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>Skin tone modifiers and the tag letters of subdivision flags extend the emoji before them.</summary>
    public static bool IsEmojiModifier(int codePoint) =>
        codePoint is (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F);
}
