namespace EntityExtract.Pipeline.Jobs;

/// <summary><c>--group</c>: one row per mention, per entity and file, per entity over all input, or per pair of entities named in one sentence.</summary>
public enum GroupBy
{
    None,
    File,
    Corpus,
    Pairs,
}
