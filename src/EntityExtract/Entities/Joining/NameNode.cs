using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// One name that <see cref="NameJoiner"/> may join with others: an entity of one document, or a
/// name of the corpus table. <paramref name="Key"/> is its <see cref="NameKey"/> (titles removed for
/// people), <paramref name="Display"/> the form shown, <paramref name="Weight"/> its mentions, and
/// <paramref name="Aliases"/> other names the documents themselves joined into it (such as an
/// acronym given in parentheses), which tell the corpus what those names stand for.
/// </summary>
public sealed record NameNode(EntityType Type, string Key, string Display, long Weight, IReadOnlyCollection<string> Aliases)
{
    private string[]? _words;

    /// <summary>A node whose words are known already (a document's entity), so they are not split again.</summary>
    internal static NameNode WithWords(EntityType type, string key, string display, long weight, string[] words) =>
        new(type, key, display, weight, Array.Empty<string>()) { _words = words };

    internal string[] Words => _words ??= WordsOf(Key);

    /// <summary>The folded words of a <see cref="NameKey"/>.</summary>
    internal static string[] WordsOf(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An organization named as a place: some files typed it a place, or it is a known place (<see cref="PlaceNames"/>): a town that names a team or a firm.</summary>
    public bool AlsoPlace { get; init; }

    /// <summary>Only organizations and places are taken for acronyms.</summary>
    internal bool IsAcronym { get; } = Type is EntityType.Organization or EntityType.Location && AliasResolver.IsAcronym(Display);

    /// <summary>"Sir Nicholas": a first name after a title that takes one.</summary>
    internal bool IsTitledFirstName => Type == EntityType.Person && Words.Length == 2 && Honours.TakesFirstName(Words[0]);

    internal string? CanonicalKey { get; } = Type == EntityType.Person ? null : EntityAliases.CanonicalKey(Key);

    /// <summary>
    /// Whether <paramref name="alias"/>, a name a file joined into this one, says what it stands for
    /// across files: a name sharing no word with this one and not an acronym ("Daesh" for
    /// "Islamic State", which the file said it is known as), unless the two are forms of one name
    /// ("Tories", "Tory Party"), one is the other written short ("Lib Dems", "Liberal Democrats")
    /// or the curated lists join them anyway. A shorter form (a surname, a part of an organization's name) shares a word and is
    /// left to the joining rules, which weigh the whole corpus.
    /// </summary>
    internal bool Defines(string alias)
    {
        if (AliasResolver.IsAcronym(alias))
        {
            return false;
        }

        var key = NameKey.Of(alias);
        var words = WordsOf(key);
        return words.Length > 0
            && !words.Any(w => Words.Contains(w, StringComparer.Ordinal))
            && (FormKey is not { } form || NameForms.Of(Type, words) != form)
            && !NameJoiner.IsShortened(words, Words) && !NameJoiner.IsShortened(Words, words)
            && (CanonicalKey is null || EntityAliases.CanonicalKey(key) != CanonicalKey);
    }

    /// <summary>The form organizations and places compare by (<see cref="NameForms"/>); null for acronyms and people.</summary>
    internal string? FormKey => IsAcronym ? null : NameForms.Of(Type, Words);
}
