using EntityExtract.Tagging.Labels;


namespace EntityExtract.Entities.Joining;

/// <summary>One entity of a document: the name its mentions are grouped under.</summary>
public sealed class NameEntity(EntityType type, string key, string display, string[] words)
{
    public EntityType Type { get; } = type;

    /// <summary>Grouping key: <see cref="NameKey.Of"/> of the display name.</summary>
    public string Key { get; } = key;

    /// <summary>The canonical name as written (the longest, first-seen form).</summary>
    public string Display { get; } = display;

    /// <summary>Folded words of the name, titles removed; used to match shorter forms.</summary>
    internal string[] Words { get; } = words;
}
