using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities;

/// <summary>Titles and offices that precede a person's name (<see cref="WordLists.PersonTitles"/>), as name grouping reads them.</summary>
internal static class PersonTitles
{
    public static bool Contains(string foldedWord) => WordLists.PersonTitles.Contains(foldedWord);

    /// <summary>Titles written before a first name alone: "Sir Nicholas", "Dame Judi".</summary>
    public static bool TakesFirstName(string foldedWord) => Honours.TakesFirstName(foldedWord);
}
