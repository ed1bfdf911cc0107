namespace EntityExtract.Pipeline;

/// <summary><c>--group</c>: one row per mention, per entity and file, or per entity over all input.</summary>
public enum GroupBy
{
    None,
    File,
    Corpus,
}
