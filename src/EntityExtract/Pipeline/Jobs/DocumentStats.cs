using EntityExtract.Entities.Tables;


namespace EntityExtract.Pipeline.Jobs;

/// <summary>What one document contributed to the run: its totals and, for corpus tables, its entity counts.</summary>
public readonly record struct DocumentStats(long Tokens, long Rows)
{
    public IReadOnlyList<EntityCount>? Entities { get; init; }

    /// <summary>For pair tables: pairs of its entities named in one sentence.</summary>
    public IReadOnlyList<PairCount>? Pairs { get; init; }
}
