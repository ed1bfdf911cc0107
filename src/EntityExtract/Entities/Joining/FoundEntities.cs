using EntityExtract.Tagging.Labels;


namespace EntityExtract.Entities.Joining;

/// <summary>
/// The entities of one document found so far, indexed the ways alias matching asks for them, so
/// a document with thousands of names is resolved in time proportional to its mentions rather
/// than to their square.
/// </summary>
internal sealed class FoundEntities
{
    private static readonly List<int> s_none = [];

    /// <summary>Mentions resolved to a person of two or more words, by that name's last word without an Arabic article.</summary>
    private readonly Dictionary<string, List<int>> _bySurname = new(StringComparer.Ordinal);

    public Dictionary<(EntityType, string), NameEntity> ByKey { get; } = [];

    /// <summary>The first entity of two or more words with these initials ("united nations" → "un"), by type.</summary>
    public Dictionary<(EntityType, string), NameEntity> ByInitials { get; } = [];

    public NameEntity Add(EntityType type, MentionName name)
    {
        var entity = new NameEntity(type, name.Key, name.Display, name.Words);
        ByKey[(type, name.Key)] = entity;
        if (entity.Words.Length >= 2)
        {
            ByInitials.TryAdd((type, AliasResolver.Initials(entity.Words)), entity);
        }

        return entity;
    }

    /// <summary>Records that mention <paramref name="mention"/> belongs to <paramref name="entity"/>.</summary>
    public void Resolved(int mention, NameEntity entity)
    {
        if (entity.Type != EntityType.Person || entity.Words.Length < 2)
        {
            return;
        }

        var surname = NameKey.Surname(entity.Words[^1]);
        if (!_bySurname.TryGetValue(surname, out var mentions))
        {
            _bySurname[surname] = mentions = [];
        }

        mentions.Add(mention);
    }

    /// <summary>Mentions already resolved to a person of two or more words whose last word matches <paramref name="lastWord"/>.</summary>
    public List<int> PersonMentionsBySurname(string lastWord) =>
        _bySurname.GetValueOrDefault(NameKey.Surname(lastWord), s_none);
}
