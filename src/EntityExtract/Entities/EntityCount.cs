using EntityExtract.Tagging;

namespace EntityExtract.Entities;

/// <summary>How often one entity is mentioned in one document, and where first.</summary>
public sealed record EntityCount(EntityType Type, string Key, string Display, int Mentions, int FirstLine, long FirstStart);
