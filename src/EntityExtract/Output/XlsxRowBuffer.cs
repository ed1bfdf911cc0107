using System.Globalization;
using System.Runtime.InteropServices;

namespace EntityExtract.Output;

/// <summary>
/// Rows of workbook cells, on the thread that writes them: text cleaned for the cell (see
/// <see cref="XlsxCellText"/>) and kept in one buffer, numbers and scores as numbers. The width of
/// each cell of the first <see cref="XlsxWorkbook.RowsForWidths"/> rows is kept too, since the
/// workbook sizes its columns by the first rows of the table. A worker's buffer keeps its rows
/// until taken; the owning thread's writer hands each row to the workbook as it ends.
/// </summary>
internal sealed class XlsxRowBuffer(XlsxWorkbook? appendTo = null) : IRowBuffer
{
    private readonly List<int> _rowEnds = [];
    private readonly List<int> _widths = [];
    private XlsxRows.Entry[] _cells = new XlsxRows.Entry[64];
    private char[] _text = new char[4096];
    private int _count;
    private int _textLength;

    public void Text(ReadOnlySpan<char> value)
    {
        var length = XlsxCellText.Write(value, ref _text, _textLength);
        Add(new(XlsxRows.Kind.Text, _textLength, length), length);
        _textLength += length;
    }

    public void Number(long value)
    {
        Span<char> digits = stackalloc char[20];
        Add(new(XlsxRows.Kind.Number, value, 0), Measuring && value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture) ? length : 0);
    }

    /// <summary>A score shows as <c>0.87</c>: four characters wide.</summary>
    public void Score(float value) => Add(new(XlsxRows.Kind.Score, BitConverter.DoubleToInt64Bits(ScoreText.Round(value)), 0), 4);

    public void EndRow()
    {
        if (appendTo is null)
        {
            _rowEnds.Add(_count);
            return;
        }

        appendTo.AddRow(_cells.AsSpan(0, _count), _text.AsSpan(0, _textLength), CollectionsMarshal.AsSpan(_widths));
        Clear();
    }

    public void Flush()
    {
    }

    public RowBlock Take()
    {
        var rows = new XlsxRows(_cells[.._count], _text[.._textLength], [.. _rowEnds], [.. _widths]);
        Clear();
        return rows;
    }

    public void Dispose()
    {
    }

    private bool Measuring => _rowEnds.Count < XlsxWorkbook.RowsForWidths;

    private void Add(XlsxRows.Entry cell, int width)
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
        _count = 0;
        _textLength = 0;
        _rowEnds.Clear();
        _widths.Clear();
    }
}
