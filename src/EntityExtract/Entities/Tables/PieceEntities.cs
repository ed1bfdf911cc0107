namespace EntityExtract.Entities.Tables;

/// <summary>
/// The entities one piece of a file mentions, and the pairs of them named in one sentence.
/// <paramref name="File"/> identifies the file by reference (two inputs may share a display path,
/// such as stdin named twice).
/// </summary>
public readonly record struct PieceEntities(object File, string DisplayPath, bool IsLastPiece, IReadOnlyList<EntityCount> Entities)
{
    public IReadOnlyList<PairCount> Pairs { get; init; } = [];

    /// <summary>The piece's rows as its table's spool kept them (<see cref="ISpoolingTable"/>), for a table that writes them at the end.</summary>
    public Output.RowBlock? Rows { get; init; }
}
