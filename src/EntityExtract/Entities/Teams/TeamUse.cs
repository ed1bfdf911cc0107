using EntityExtract.Tagging;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Teams;

/// <summary>
/// What the words around a country or a state in a sports report say it names. A team: a score
/// or a standing after it on its line ("Australia 228-9 in 50 overs", "TEXAS 75 58 .564"), or a
/// word of <c>Resources/team-words.txt</c> next to it ("Sri Lanka beat Australia", "England
/// captain", "Romania v Lithuania", "Texas's lead"), also before "to" ("lost to England"). The
/// place itself: a word such as "in", "at" or "of" before it ("in Colombo", "Karlsruhe of
/// Germany"; not before a possessive, "surplus to England's needs"), a possessive before a name
/// ("Jamaica's Merlene Ottey", "Britain's Sun newspaper"), parentheses after a competitor
/// ("Monica Seles (U.S.)": her country), or a dateline ("WIGAN, England 1996-08-31").
/// </summary>
internal static class TeamUse
{
    private static readonly Lazy<WordList> PlaceWords = new(() => WordList.FromResource("EntityExtract.Entities.Resources.place-words.txt", ignoreCase: true));
    private static readonly Lazy<WordList> TeamWords = new(() => WordList.FromResource("EntityExtract.Entities.Resources.team-words.txt", ignoreCase: true));

    public enum Cue
    {
        None,
        Team,
        Place,
    }

    /// <summary>What the words around <paramref name="mention"/>, a place in a sports report, say.</summary>
    public static Cue Of(ReadOnlySpan<char> text, Mention mention)
    {
        var before = text[..mention.Start].TrimEnd(' ');
        var after = text[mention.End..];
        var next = after.TrimStart(' ');
        if (before.EndsWith('(') && next.StartsWith(')'))
        {
            return Cue.Place;
        }

        var possessive = after.StartsWith("'s") || after.StartsWith("\u2019s");
        if (Dateline.Starts(before) && Dateline.Follows(after))
        {
            return Cue.Place;
        }

        var owned = possessive ? next[2..].TrimStart(' ') : next;
        var last = LastWord(before);
        if (!possessive && IsPlaceWord(last))
        {
            // "lost to England": a result's word before "to" ("a manager in England" is the place).
            return last.Equals("to", StringComparison.OrdinalIgnoreCase) && TeamWords.Value.Contains(LastWord(before[..^last.Length].TrimEnd(' ')))
                ? Cue.Team
                : Cue.Place;
        }

        if (possessive && owned.Length > 0 && char.IsUpper(owned[0]) && !TeamWords.Value.Contains(FirstWord(owned)))
        {
            // "Jamaica's Michael Green", "Britain's Sun newspaper": a person's or a body's country.
            return Cue.Place;
        }

        if (IsScore(next))
        {
            return Cue.Team;
        }

        return TeamWords.Value.Contains(last) || TeamWords.Value.Contains(FirstWord(owned)) ? Cue.Team : Cue.None;
    }

    /// <summary>"in", "In", not "IN": a line in capitals ("CLEVELAND AT TEXAS", a fixture) says nothing.</summary>
    private static bool IsPlaceWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && (word.Length == 1 || char.IsLower(word[1])) && PlaceWords.Value.Contains(word);

    /// <summary>
    /// A score or a standing: a whole number that is not a year, not a decimal and not a share
    /// ("2", "228-9", "74 59 .556"; not "1996", "1.2%", "3,000").
    /// </summary>
    private static bool IsScore(ReadOnlySpan<char> next)
    {
        var digits = 0;
        while (digits < next.Length && char.IsAsciiDigit(next[digits]))
        {
            digits++;
        }

        if (digits is 0 or >= 4)
        {
            return false;
        }

        return digits == next.Length || next[digits] is ' ' or '\n' or '\r' or '-' or ')' or ',' && !(next[digits] == ',' && digits + 1 < next.Length && char.IsAsciiDigit(next[digits + 1]));
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> before)
    {
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        return before[start..];
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> after)
    {
        var end = 0;
        while (end < after.Length && char.IsLetter(after[end]))
        {
            end++;
        }

        return after[..end];
    }
}
