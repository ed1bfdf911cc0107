using EntityExtract.Tagging;

namespace EntityExtract.Entities.Joining;

/// <summary>A kept mention, the entity it belongs to, and its name as written (titles removed).</summary>
public readonly record struct ResolvedMention(Mention Mention, NameEntity Entity, string Form);
