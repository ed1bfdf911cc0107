using EntityExtract.Tagging;

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
    internal string[] Words { get; } = Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    internal bool IsAcronym { get; } = AliasResolver.IsAcronym(Display);

    /// <summary>"Sir Nicholas": a first name after a title that takes one.</summary>
    internal bool IsTitledFirstName => Type == EntityType.Person && Words.Length == 2 && PersonTitles.TakesFirstName(Words[0]);

    internal string? CanonicalKey { get; } = Type == EntityType.Person ? null : EntityAliases.CanonicalKey(Key);
}
