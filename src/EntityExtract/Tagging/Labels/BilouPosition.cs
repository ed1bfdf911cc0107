namespace EntityExtract.Tagging.Labels;

/// <summary>Where a token sits inside an entity: first, middle, last, or the whole (one-token) entity.</summary>
internal enum BilouPosition : byte
{
    Begin = 0,
    Inside = 1,
    Last = 2,
    Unit = 3,
}
