using EntityExtract.Tagging.Labels;


namespace EntityExtract.Entities.Tables;

/// <summary>Two entities of one document (by type and key, the first the ordinally smaller) and how many sentences name both.</summary>
public readonly record struct PairCount(EntityType TypeA, string KeyA, EntityType TypeB, string KeyB, long Sentences);
