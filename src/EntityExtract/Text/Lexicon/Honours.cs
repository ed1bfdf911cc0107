namespace EntityExtract.Text.Lexicon;

/// <summary>
/// British honours and peerages among the <see cref="WordLists.PersonTitles"/>: written as part of
/// a name ("Sir Elton John", "Lady Gaga", "Lord Diplock"), so the tagger keeps them in a PERSON
/// mention, and name grouping keeps "Sir Nicholas" apart from any other Nicholas.
/// </summary>
internal static class Honours
{
    /// <summary>Whether <paramref name="word"/> (any case) is an honour or peerage: sir, dame, lord, lady.</summary>
    public static bool Contains(ReadOnlySpan<char> word) =>
        TakesFirstName(word) || word.Equals("lord", StringComparison.OrdinalIgnoreCase) || word.Equals("lady", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> (any case) is written before a first name alone: "Sir Nicholas", "Dame Judi".</summary>
    public static bool TakesFirstName(ReadOnlySpan<char> word) =>
        word.Equals("sir", StringComparison.OrdinalIgnoreCase) || word.Equals("dame", StringComparison.OrdinalIgnoreCase);
}
