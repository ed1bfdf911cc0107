namespace EntityExtract.Tests.Text;

/// <summary>
/// The slow twin of the tokenizer for a restricted alphabet: ASCII letters and digits, spaces of
/// several kinds, hyphens, commas, ampersands, signs and punctuation that always stands alone.
/// The rules are written as plainly as possible, one character at a time, so that the random
/// agreement test checks the fast scanner's joining rules against their definition.
/// </summary>
internal static class NaiveTokenizer
{
    /// <summary>Characters after which a sign starts a number.</summary>
    private const string OpenersBeforeSign = "([{\"“”«»";

    public static List<(int Start, int Length)> Tokenize(string text)
    {
        var tokens = new List<(int Start, int Length)>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            if (NaiveCharClass.IsSeparator(c))
            {
                i++;
                continue;
            }

            if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                // A run of hyphens is one dash.
                while (i < text.Length && text[i] == '-')
                {
                    i++;
                }
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                i = WordEnd(text, i);
            }
            else if (c is '-' or '+' && IsSign(text, i))
            {
                i = WordEnd(text, i + 1);
            }
            else
            {
                i++;
            }

            tokens.Add((start, i - start));
        }

        return tokens;
    }

    private static bool IsSign(string text, int i) =>
        i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])
        && (i == 0 || NaiveCharClass.IsSeparator(text[i - 1]) || OpenersBeforeSign.Contains(text[i - 1]));

    /// <summary>Letters and digits, joined across a hyphen, an ampersand between capitals, and (while no letter has been seen) a thousands comma.</summary>
    private static int WordEnd(string text, int wordStart)
    {
        int i = wordStart;
        while (true)
        {
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i + 1 >= text.Length)
            {
                return i;
            }

            char c = text[i];
            char next = text[i + 1];
            bool numberSoFar = !text[wordStart..i].Any(char.IsAsciiLetter);
            bool joins = (c == '-' && char.IsAsciiLetterOrDigit(next))
                || (c == '&' && char.IsAsciiLetterUpper(text[i - 1]) && char.IsAsciiLetterUpper(next))
                || (c == ',' && numberSoFar && IsThreeDigits(text, i + 1));
            if (!joins)
            {
                return i;
            }

            i++;
        }
    }

    private static bool IsThreeDigits(string text, int i)
    {
        string rest = text[i..];
        return rest.Length >= 3 && rest[..3].All(char.IsAsciiDigit) && (rest.Length == 3 || !char.IsAsciiDigit(rest[3]));
    }
}
