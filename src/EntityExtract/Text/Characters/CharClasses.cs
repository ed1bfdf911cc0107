using System.Runtime.CompilerServices;

namespace EntityExtract.Text.Characters;

/// <summary>
/// Classifies characters: a 128-entry table for ASCII, which is nearly all of English news, and
/// Unicode categories with a few overrides above it.
/// </summary>
internal static class CharClasses
{
    private static readonly CharClass[] s_ascii = BuildAsciiTable();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => c < 128 ? s_ascii[c] : NonAscii.Of(c);

    public static bool IsSpace(char c) => Of(c) == CharClass.Space;

    public static bool IsUpper(char c) => Of(c) == CharClass.Upper;

    public static bool IsLower(char c) => Of(c) == CharClass.Lower;

    public static bool IsDigit(char c) => Of(c) == CharClass.Digit;

    /// <summary>A letter of any case; digits and marks excluded.</summary>
    public static bool IsLetter(char c) => Of(c) is CharClass.Lower or CharClass.Upper or CharClass.Letter;

    /// <summary>A unit that can appear inside a word: letters, digits and combining marks.</summary>
    public static bool IsWordPart(CharClass c) => c is CharClass.Lower or CharClass.Upper or CharClass.Letter or CharClass.Digit or CharClass.Mark;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>
    /// An apostrophe, or a mark typed in its place (left single quote, grave, acute): name keys
    /// fold them all to '\'' so "Washington`s" and "Washington's" match, while the tokenizer
    /// splits clitics only at true apostrophes (<see cref="IsApostrophe"/>).
    /// </summary>
    public static bool IsApostropheOrStandIn(char c) => IsApostrophe(c) || c is '\u2018' or '`' or '\u00B4';

    private static CharClass[] BuildAsciiTable()
    {
        var table = new CharClass[128];
        Array.Fill(table, CharClass.Symbol);
        for (int c = 0; c < 32; c++)
        {
            table[c] = CharClass.Space;
        }

        table[' '] = CharClass.Space;
        table[127] = CharClass.Space;
        for (char c = 'a'; c <= 'z'; c++)
        {
            table[c] = CharClass.Lower;
            table[c - 32] = CharClass.Upper;
        }

        for (char c = '0'; c <= '9'; c++)
        {
            table[c] = CharClass.Digit;
        }

        Set(table, ".", CharClass.Period);
        Set(table, ",", CharClass.Comma);
        Set(table, "'", CharClass.Apostrophe);
        Set(table, "-", CharClass.Hyphen);
        Set(table, "\"`", CharClass.Quote);
        Set(table, "([{", CharClass.Open);
        Set(table, ")]}", CharClass.Close);
        Set(table, "!?", CharClass.Terminal);
        Set(table, ";:/\\*_", CharClass.Punct);
        Set(table, "$", CharClass.Currency);
        Set(table, "@", CharClass.At);
        Set(table, "#", CharClass.Hash);
        return table;
    }

    private static void Set(CharClass[] table, string chars, CharClass value)
    {
        foreach (char c in chars)
        {
            table[c] = value;
        }
    }
}
