namespace EntityExtract.Tagging.Labels;

/// <summary>
/// How many <see cref="EntityType"/> values there are (they run from 0 to <see cref="Count"/> - 1).
/// Labels, model files, type votes and scores all size their tables by it.
/// </summary>
public static class EntityTypes
{
    public const int Count = 4;
}
