using System.Globalization;
using System.Runtime.InteropServices;
using SpreadCheetah;

namespace EntityExtract.Output;

/// <summary>
/// Rows as workbook cells, on the thread that writes them: text cleaned for the cell (see
/// <see cref="XlsxCellText"/>), numbers and scores as number cells. The width of each cell of the
/// first <see cref="XlsxWorkbook.RowsForWidths"/> rows is kept too, since the workbook sizes its
/// columns by the first rows of the table. A worker's buffer keeps its rows until taken; the
/// owning thread's writer hands each row to the workbook as it ends.
/// </summary>
internal sealed class XlsxRowBuffer(XlsxWorkbook? appendTo = null) : IRowBuffer
{
    private readonly List<int> _rowEnds = [];
    private readonly List<int> _widths = [];
    private Cell[] _cells = new Cell[64];
    private int _count;

    public void Text(ReadOnlySpan<char> value)
    {
        var text = XlsxCellText.Of(value);
        Add(new Cell(text), text.Length);
    }

    public void Number(long value)
    {
        Span<char> digits = stackalloc char[20];
        Add(new Cell(value), Measuring && value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture) ? length : 0);
    }

    /// <summary>A score shows as <c>0.87</c>: four characters wide.</summary>
    public void Score(float value) => Add(new Cell(ScoreText.Round(value)), 4);

    public void EndRow()
    {
        if (appendTo is null)
        {
            _rowEnds.Add(_count);
            return;
        }

        appendTo.AddRow(_cells.AsMemory(0, _count), CollectionsMarshal.AsSpan(_widths));
        Clear();
    }

    public void Flush()
    {
    }

    public RowBlock Take()
    {
        var rows = new XlsxRows(_cells.AsSpan(0, _count).ToArray(), [.. _rowEnds], [.. _widths]);
        Clear();
        return rows;
    }

    public void Dispose()
    {
    }

    private bool Measuring => _rowEnds.Count < XlsxWorkbook.RowsForWidths;

    private void Add(Cell cell, int width)
    {
        if (_count == _cells.Length)
        {
            Array.Resize(ref _cells, _cells.Length * 2);
        }

        _cells[_count++] = cell;
        if (Measuring)
        {
            _widths.Add(width);
        }
    }

    private void Clear()
    {
        Array.Clear(_cells, 0, _count); // let go of the text
        _count = 0;
        _rowEnds.Clear();
        _widths.Clear();
    }
}
