using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities;

/// <summary>Titles and offices that precede a person's name (embedded list, loaded once).</summary>
internal static class PersonTitles
{
    private static readonly Lazy<WordList> Words = new(() => WordList.FromResource("EntityExtract.Entities.Resources.person-titles.txt"));

    public static bool Contains(string foldedWord) => Words.Value.Contains(foldedWord);

    /// <summary>Titles written before a first name alone: "Sir Nicholas", "Dame Judi".</summary>
    public static bool TakesFirstName(string foldedWord) => foldedWord is "sir" or "dame";
}
