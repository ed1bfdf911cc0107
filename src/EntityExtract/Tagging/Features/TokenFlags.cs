namespace EntityExtract.Tagging.Features;

/// <summary>Orthographic facts about a token; their combination is one feature value.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    FirstUpper = 1 << 0,
    AllUpper = 1 << 1,
    HasLower = 1 << 2,
    HasDigit = 1 << 3,
    AllDigits = 1 << 4,
    HasHyphen = 1 << 5,
    HasPeriod = 1 << 6,
    NoLetterOrDigit = 1 << 7,
    HasApostrophe = 1 << 8,
    HasLetter = 1 << 9,
    Length1 = 1 << 10,
    Length2To3 = 1 << 11,
    Length4To7 = 1 << 12,
}
