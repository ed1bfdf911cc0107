namespace EntityExtract.Output;

/// <summary>What fills the gaps of rows replayed from an <see cref="IRowSpool"/>.</summary>
public interface ISpliceFill
{
    /// <summary>A mark (<see cref="IRowSpool.Mark"/>) was passed: the rows that follow are the next group's.</summary>
    void NextGroup();

    /// <summary>
    /// Writes the cells of a gap, as many as the spool was made for and nothing else (no row end).
    /// Within a group, one kind and key must give the same cells: a spool may write them once and
    /// copy them into every row that names them.
    /// </summary>
    void Fill(int kind, ReadOnlySpan<char> key, ITableWriter cells);
}
