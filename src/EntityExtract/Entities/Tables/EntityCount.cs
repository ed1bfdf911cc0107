using EntityExtract.Tagging.Labels;


namespace EntityExtract.Entities.Tables;

/// <summary>How often one entity is mentioned in one document (or piece of a file), and where first.</summary>
public sealed record EntityCount(EntityType Type, string Key, string Display, long Mentions, long FirstLine, long FirstStart)
{
    /// <summary>Every form its mentions were written in (titles removed), with how many mentions each.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Forms { get; init; } = [];

    /// <summary>The context of its first mention, with <c>--context</c>; else null.</summary>
    public string? Context { get; init; }
}
