namespace EntityExtract.Entities.Merging;

/// <summary>
/// One row's cells read by column name, through the column list the table's writer uses
/// (<see cref="TableKinds.ColumnsOf"/>), so that merge never depends on where a column sits.
/// </summary>
internal readonly struct RowCells(IReadOnlyList<string> columns, IReadOnlyList<string> cells)
{
    /// <summary>Whether the row has exactly one cell per column.</summary>
    public bool IsComplete => cells.Count == columns.Count;

    public int Count => cells.Count;

    public int ColumnCount => columns.Count;

    public string this[string column]
    {
        get
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i] == column)
                {
                    return cells[i];
                }
            }

            throw new ArgumentException($"the table has no '{column}' column", nameof(column));
        }
    }
}
