using EntityExtract.Text.Characters;

namespace EntityExtract.Tagging.Features;

/// <summary>
/// Word shape ("Xxxx", "dd-dd") and orthographic flags in one pass over a token, from a 128-entry
/// ASCII table with a Unicode-category fallback above ASCII. Nothing is allocated: shapes are
/// hashed as they are produced.
/// </summary>
internal static class WordShape
{
    /// <summary>Full shapes are cut after this many characters so long words share a shape.</summary>
    public const int MaxShapeChars = 8;

    private const byte Other = 0;
    private const byte Upper = 1;
    private const byte Lower = 2;
    private const byte Digit = 3;

    private static readonly byte[] s_ascii = BuildAscii();

    public static void Analyze(ReadOnlySpan<char> word, out ulong shape, out ulong shortShape, out TokenFlags flags)
    {
        var shapeHash = Fnv1a.Offset;
        var shortHash = Fnv1a.Offset;
        var lastShapeChar = '\0';
        var upper = 0;
        var lower = 0;
        var digits = 0;
        var f = TokenFlags.None;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var cls = c < 128 ? s_ascii[c] : ClassifyUnicode(c);
            var shapeChar = cls switch
            {
                Upper => 'X',
                Lower => 'x',
                Digit => 'd',
                _ => c,
            };
            switch (cls)
            {
                case Upper: upper++; break;
                case Lower: lower++; break;
                case Digit: digits++; break;
                default:
                    f |= c switch
                    {
                        '-' => TokenFlags.HasHyphen,
                        '.' => TokenFlags.HasPeriod,
                        _ when CharClasses.IsApostrophe(c) => TokenFlags.HasApostrophe,
                        _ => TokenFlags.None,
                    };
                    break;
            }

            if (i < MaxShapeChars)
            {
                shapeHash = Fnv1a.Add(shapeHash, shapeChar);
            }

            if (shapeChar != lastShapeChar)
            {
                shortHash = Fnv1a.Add(shortHash, shapeChar);
                lastShapeChar = shapeChar;
            }
        }

        if (word.Length > MaxShapeChars)
        {
            shapeHash = Fnv1a.Add(shapeHash, '+');
        }

        var letters = upper + lower;
        if (word.Length > 0 && (word[0] < 128 ? s_ascii[word[0]] : ClassifyUnicode(word[0])) == Upper)
        {
            f |= TokenFlags.FirstUpper;
        }

        if (letters > 0)
        {
            f |= TokenFlags.HasLetter;
            if (lower == 0)
            {
                f |= TokenFlags.AllUpper;
            }
            else
            {
                f |= TokenFlags.HasLower;
            }
        }

        if (digits > 0)
        {
            f |= TokenFlags.HasDigit;
            if (digits == word.Length)
            {
                f |= TokenFlags.AllDigits;
            }
        }

        if (letters + digits == 0)
        {
            f |= TokenFlags.NoLetterOrDigit;
        }

        f |= word.Length switch
        {
            1 => TokenFlags.Length1,
            <= 3 => TokenFlags.Length2To3,
            <= 7 => TokenFlags.Length4To7,
            _ => TokenFlags.None,
        };
        shape = shapeHash;
        shortShape = shortHash;
        flags = f;
    }

    private static byte ClassifyUnicode(char c) =>
        char.IsUpper(c) ? Upper : char.IsLetter(c) ? Lower : char.IsDigit(c) ? Digit : Other;

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        for (var c = 'A'; c <= 'Z'; c++)
        {
            table[c] = Upper;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = Lower;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = Digit;
        }

        return table;
    }
}
