using EntityExtract.Text.Lexicon;

namespace EntityExtract.Training.Clusters;

/// <summary>
/// The cluster corpus's words that keep their final period, matched in any case (a list of its
/// own: the clustering text is split more coarsely than the tagger's tokens).
/// </summary>
internal static class Abbreviations
{
    private static readonly WordList Words = WordList.FromResource("EntityExtract.Training.Clusters.Resources.abbreviations.txt", ignoreCase: true);

    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
