namespace EntityExtract.Entities;

/// <summary>A document's mentions resolved: the entity each belongs to, and each one's name as written (titles removed).</summary>
public sealed record ResolvedMentions(NameEntity[] Entities, string[] Forms)
{
    public static ResolvedMentions Empty { get; } = new([], []);
}
