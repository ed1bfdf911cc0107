namespace EntityExtract.Output;

/// <summary>
/// Rows taken from a worker's <see cref="XlsxRowBuffer"/>, kept small while they wait: the cells
/// of every row one after another, the text of all of them in one buffer, where each row ends,
/// and the widths of the cells of the first rows. The workbook makes its cells as it adds a row.
/// </summary>
internal sealed class XlsxRows(XlsxRows.Entry[] cells, char[] text, int[] rowEnds, int[] widths) : RowBlock
{
    public enum Kind : byte
    {
        Text,
        Number,
        Score,
    }

    public Entry[] Cells { get; } = cells;

    public char[] Text { get; } = text;

    public int[] RowEnds { get; } = rowEnds;

    /// <summary>One for each cell of the first <see cref="XlsxWorkbook.RowsForWidths"/> rows.</summary>
    public int[] Widths { get; } = widths;

    /// <summary>
    /// One cell: a number, a score (the bits of the rounded double), or text (where it starts in
    /// the text buffer, and its length).
    /// </summary>
    public readonly record struct Entry(Kind Kind, long Value, int Length);
}
