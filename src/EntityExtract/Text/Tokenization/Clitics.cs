using EntityExtract.Text.Characters;

namespace EntityExtract.Text.Tokenization;

/// <summary>
/// English clitics split off in the Penn Treebank way: <c>don't</c> is <c>do</c> + <c>n't</c>,
/// <c>Kerry's</c> is <c>Kerry</c> + <c>'s</c>. Names with an apostrophe (<c>O'Brien</c>,
/// <c>D’Alema</c>) end in none of these and stay whole.
/// </summary>
internal static class Clitics
{
    /// <summary>Where a word that contains an apostrophe splits, or -1 when it ends in no clitic.</summary>
    public static int SplitPoint(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n >= 4 && IsLetter(word[n - 3], 'n') && CharClasses.IsApostrophe(word[n - 2]) && IsLetter(word[n - 1], 't'))
        {
            return n - 3;
        }

        if (n >= 3 && CharClasses.IsApostrophe(word[n - 2]) && IsOneLetterClitic(word[n - 1]))
        {
            return n - 2;
        }

        if (n >= 4 && CharClasses.IsApostrophe(word[n - 3]) && IsTwoLetterClitic(word[n - 2], word[n - 1]))
        {
            return n - 3;
        }

        return -1;
    }

    /// <summary>
    /// The length of a clitic that starts a token (<c>'s</c> after <c>U.S.</c> or <c>1990</c>),
    /// or 0. <paramref name="rest"/> starts at the apostrophe.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> rest)
    {
        if (rest.Length >= 2 && IsOneLetterClitic(rest[1]) && EndsAt(rest, 2))
        {
            return 2;
        }

        if (rest.Length >= 3 && IsTwoLetterClitic(rest[1], rest[2]) && EndsAt(rest, 3))
        {
            return 3;
        }

        return 0;
    }

    private static bool EndsAt(ReadOnlySpan<char> rest, int i) =>
        i == rest.Length || !CharClasses.IsWordPart(CharClasses.Of(rest[i]));

    // Or-ing 0x20 lower-cases an ASCII letter; only the listed letters can compare equal afterwards.
    private static bool IsLetter(char c, char lower) => (c | 0x20) == lower;

    private static bool IsOneLetterClitic(char c) => (c | 0x20) is 's' or 'm' or 'd';

    private static bool IsTwoLetterClitic(char a, char b) => ((a | 0x20), (b | 0x20)) is ('r', 'e') or ('v', 'e') or ('l', 'l');
}
