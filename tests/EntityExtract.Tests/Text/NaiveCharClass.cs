using System.Globalization;
using EntityExtract.Text.Characters;

namespace EntityExtract.Tests.Text;

/// <summary>
/// The slow twin of <c>CharClasses</c>: the same classification written as plain rules over
/// <see cref="char"/> and Unicode categories, with no table, checked against the fast one for
/// every UTF-16 unit.
/// </summary>
internal static class NaiveCharClass
{
    /// <summary>Characters that separate tokens and never belong to one.</summary>
    public static bool IsSeparator(char c) => Of(c) == CharClass.Space;

    public static CharClass Of(char c)
    {
        if (c is '\u00AD' or '\u200C' or '\u200D')
        {
            return CharClass.Mark;
        }

        if (char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
        {
            return CharClass.Space;
        }

        if (char.IsSurrogate(c))
        {
            return CharClass.Surrogate;
        }

        switch (c)
        {
            case '.': return CharClass.Period;
            case ',': return CharClass.Comma;
            case '\'' or '\u2019' or '\u02BC': return CharClass.Apostrophe;
            case '-' or '\u2010' or '\u2011': return CharClass.Hyphen;
            case '"' or '`': return CharClass.Quote;
            case '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u3002' or '\uFF01' or '\uFF1F': return CharClass.Terminal;
            case '@': return CharClass.At;
            case '#': return CharClass.Hash;
            case '$': return CharClass.Currency;
            case ';' or ':' or '/' or '\\' or '*' or '_': return CharClass.Punct;
            case '%' or '&' or '+' or '=' or '<' or '>' or '|' or '~' or '^' or '\u2212': return CharClass.Symbol;
        }

        if (char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
        {
            return CharClass.Upper;
        }

        if (char.IsLower(c))
        {
            return CharClass.Lower;
        }

        if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
        {
            return CharClass.Letter;
        }

        if (char.IsDigit(c))
        {
            return CharClass.Digit;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Mark,
            UnicodeCategory.DashPunctuation => CharClass.Dash,
            UnicodeCategory.OpenPunctuation => CharClass.Open,
            UnicodeCategory.ClosePunctuation => CharClass.Close,
            UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => CharClass.Quote,
            UnicodeCategory.CurrencySymbol => CharClass.Currency,
            UnicodeCategory.OtherSymbol when (c >= 0x2300 && c <= 0x23FF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) => CharClass.Emoji,
            UnicodeCategory.OtherPunctuation or UnicodeCategory.ConnectorPunctuation => CharClass.Punct,
            _ => CharClass.Symbol,
        };
    }
}
