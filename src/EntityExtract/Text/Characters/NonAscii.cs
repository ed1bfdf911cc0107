using System.Globalization;

namespace EntityExtract.Text.Characters;

/// <summary>
/// Classes above ASCII come from Unicode categories; the overrides are characters whose
/// category says one thing and news text uses them as another.
/// </summary>
internal static class NonAscii
{
    public static CharClass Of(char c) => c switch
    {
        '\u2019' or '\u02BC' => CharClass.Apostrophe,
        '\u2010' or '\u2011' => CharClass.Hyphen,

        // Soft hyphen and the zero-width (non-)joiners sit inside words in several scripts.
        '\u00AD' or '\u200C' or '\u200D' => CharClass.Mark,
        '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u3002' or '\uFF01' or '\uFF1F' => CharClass.Terminal,
        '\u2212' => CharClass.Symbol,
        _ => ByCategory(c),
    };

    private static CharClass ByCategory(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.LowercaseLetter => CharClass.Lower,
        UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => CharClass.Upper,
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharClass.Letter,
        UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharClass.Letter,
        UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Mark,

        // Format characters (BOM, bidi marks, zero-width space) are invisible: treating them as
        // space keeps them out of token text, where they would defeat gazetteer matches.
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format => CharClass.Space,
        UnicodeCategory.Surrogate => CharClass.Surrogate,
        UnicodeCategory.DashPunctuation => CharClass.Dash,
        UnicodeCategory.OpenPunctuation => CharClass.Open,
        UnicodeCategory.ClosePunctuation => CharClass.Close,
        UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => CharClass.Quote,
        UnicodeCategory.CurrencySymbol => CharClass.Currency,
        UnicodeCategory.OtherSymbol => IsPictograph(c) ? CharClass.Emoji : CharClass.Symbol,
        UnicodeCategory.OtherPunctuation or UnicodeCategory.ConnectorPunctuation => CharClass.Punct,

        // Math and modifier symbols, private use and unassigned code units.
        _ => CharClass.Symbol,
    };

    /// <summary>Blocks where the Basic Multilingual Plane keeps its emoji: technical, miscellaneous symbols, dingbats, arrows and stars.</summary>
    private static bool IsPictograph(char c) =>
        c is (>= '\u2300' and <= '\u23FF') or (>= '\u2600' and <= '\u27BF') or (>= '\u2B00' and <= '\u2BFF');
}
