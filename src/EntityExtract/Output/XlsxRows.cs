using SpreadCheetah;

namespace EntityExtract.Output;

/// <summary>
/// Rows taken from a worker's <see cref="XlsxRowBuffer"/>: the cells of every row one after
/// another, where each row ends, and the widths of the cells of the first rows.
/// </summary>
internal sealed class XlsxRows(Cell[] cells, int[] rowEnds, int[] widths) : RowBlock
{
    public Cell[] Cells { get; } = cells;

    public int[] RowEnds { get; } = rowEnds;

    /// <summary>One for each cell of the first <see cref="XlsxWorkbook.RowsForWidths"/> rows.</summary>
    public int[] Widths { get; } = widths;
}
