using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace EntityExtract.Output;

/// <summary>
/// A table as an Excel workbook, streamed out by SpreadCheetah as rows arrive, so memory stays
/// bounded whatever the row count. The sheet is named after the table's kind. The header is bold,
/// frozen and filtered; columns are as wide as the header and the first <see cref="RowsForWidths"/>
/// rows need (the sheet starts once they are in); past <see cref="MaxDataRowsPerSheet"/> rows the
/// table goes on in a new sheet with the header again.
/// </summary>
/// <remarks>
/// The filter is an Excel table without a style (<see cref="FilterTable"/>), not a sheet
/// auto-filter: SpreadCheetah takes an auto-filter's range when the sheet starts, before the row
/// count is known, and LibreOffice shows no filter buttons for a sheet auto-filter unless the
/// workbook also defines <c>_xlnm._FilterDatabase</c>, which SpreadCheetah cannot write. A table's
/// range is written after its last row, so it covers the rows without holding them back, and Excel
/// and LibreOffice both show its filter buttons.
/// </remarks>
internal sealed class XlsxWorkbook : ITableSink
{
    /// <summary>Excel's limit of 1,048,576 rows a sheet, less the header.</summary>
    public const int MaxDataRowsPerSheet = 1_048_575;

    internal const int RowsForWidths = 200;
    private const double MinWidth = 6;
    private const double MaxWidth = 60;

    private readonly Stream _destination;
    private readonly Spreadsheet _workbook;
    private readonly int _rowsPerSheet;
    private readonly string _sheetName;
    private readonly string[]? _header;
    private readonly StyleId _bold;
    private readonly XlsxRowBuffer _rows;
    private readonly List<Cell[]> _firstRows = [];
    private readonly List<int> _measured = [];
    private double[] _widths = [];
    private Cell[] _row = [];
    private bool _started;
    private bool _finished;
    private int _sheets;
    private int _rowsInSheet;

    /// <param name="destination">Where the workbook goes; left open.</param>
    /// <param name="sheetName">The first sheet's name; later ones add " 2", " 3", ...</param>
    /// <param name="columns">The header's cells.</param>
    /// <param name="header">Whether the first row is the header (bold, frozen, filtered, on every sheet).</param>
    public XlsxWorkbook(Stream destination, string sheetName, IReadOnlyList<string> columns, bool header)
        : this(destination, sheetName, columns, header, MaxDataRowsPerSheet)
    {
    }

    /// <summary>For tests: a smaller sheet, so that going on in a new one is cheap to check.</summary>
    internal XlsxWorkbook(Stream destination, string sheetName, IReadOnlyList<string> columns, bool header, int rowsPerSheet)
    {
        _destination = destination;
        _rowsPerSheet = rowsPerSheet;
        _sheetName = sheetName;
        _workbook = Wait(Spreadsheet.CreateNewAsync(destination, new SpreadCheetahOptions { BufferSize = 64 * 1024 }));
        _rows = new XlsxRowBuffer(this);
        _bold = _workbook.AddStyle(new Style { Font = { Bold = true } });
        if (header)
        {
            _header = [.. columns.Select(name => XlsxCellText.Of(name))];
            Measure([.. _header.Select(name => name.Length)]);
        }
    }

    public ITableWriter Rows => _rows;

    public IRowBuffer CreateBuffer() => new XlsxRowBuffer();

    /// <summary>Cells as they are, replayed through <see cref="Rows"/> (<see cref="CellRowSpool"/>); the gap's place is where it is written.</summary>
    public IRowSpool CreateSpool(int gapAt, int gapWidth) => new CellRowSpool(_rows);

    public void Append(RowBlock rows)
    {
        var block = (XlsxRows)rows;
        var start = 0;
        for (var row = 0; row < block.RowEnds.Length; row++)
        {
            var end = block.RowEnds[row];
            AddRow(block.Cells.AsSpan(start, end - start), block.Text, row < RowsForWidths ? block.Widths.AsSpan(start, end - start) : default);
            start = end;
        }
    }

    /// <summary>Writes the rest of the workbook. Without it (an interrupted run) the file is not a workbook.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        Start();
        Wait(_workbook.FinishAsync());
        _finished = true;
        _destination.Flush();
    }

    public void Dispose()
    {
        _finished = true;
        _workbook.Dispose();
    }

    /// <param name="cells">The row's cells; a text cell's text is in <paramref name="text"/>.</param>
    /// <param name="widths">The cells' widths; needed only for the first <see cref="RowsForWidths"/> rows of the table.</param>
    internal void AddRow(ReadOnlySpan<XlsxRows.Entry> cells, ReadOnlySpan<char> text, ReadOnlySpan<int> widths)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_started)
        {
            if (_row.Length < cells.Length)
            {
                _row = new Cell[cells.Length];
            }

            Make(cells, text, _row);
            Write(_row.AsMemory(0, cells.Length));
            return;
        }

        Measure(widths);
        var row = new Cell[cells.Length];
        Make(cells, text, row);
        _firstRows.Add(row);
        if (_firstRows.Count >= RowsForWidths)
        {
            Start();
        }
    }

    private static void Make(ReadOnlySpan<XlsxRows.Entry> cells, ReadOnlySpan<char> text, Span<Cell> row)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            row[i] = cell.Kind switch
            {
                XlsxRows.Kind.Text => new Cell(new string(text.Slice((int)cell.Value, cell.Length))),
                XlsxRows.Kind.Number => new Cell(cell.Value),
                _ => new Cell(BitConverter.Int64BitsToDouble(cell.Value)),
            };
        }
    }

    /// <summary>Starts the first sheet once enough rows are in to size the columns (or the table ended).</summary>
    private void Start()
    {
        if (_started)
        {
            return;
        }

        // A little room for the filter button; never so narrow the header hides, nor so wide a
        // context column fills the screen.
        _widths = [.. _measured.Select(w => Math.Clamp(w + 3, MinWidth, MaxWidth))];
        _started = true;
        StartSheet();
        foreach (var row in _firstRows)
        {
            Write(row);
        }

        _firstRows.Clear();
    }

    private void Write(ReadOnlyMemory<Cell> cells)
    {
        if (_rowsInSheet >= _rowsPerSheet)
        {
            StartSheet();
        }

        Wait(_workbook.AddRowAsync(cells));
        _rowsInSheet++;
    }

    private void StartSheet()
    {
        _sheets++;
        var options = new WorksheetOptions();
        for (var i = 0; i < _widths.Length; i++)
        {
            options.Column(i + 1).Width = _widths[i];
        }

        // A sheet starts with rows to come unless the whole table is empty: a table needs a row
        // (for none, SpreadCheetah writes a blank one that readers would count), so the header of
        // an empty table keeps a plain auto-filter over itself, with nothing to filter.
        var table = _header is not null && (_sheets > 1 || _firstRows.Count > 0);
        if (_header is not null)
        {
            options.FrozenRows = 1;
            if (!table)
            {
                options.AutoFilter = new AutoFilterOptions($"A1:{ColumnName(_header.Length)}1");
            }
        }

        Wait(_workbook.StartWorksheetAsync(_sheets == 1 ? _sheetName : $"{_sheetName} {_sheets}", options));
        _rowsInSheet = 0;
        if (_header is not null)
        {
            if (table)
            {
                _workbook.StartTable(FilterTable.For(_sheetName, _sheets));
            }

            Wait(_workbook.AddHeaderRowAsync(_header, _bold));
        }
    }

    /// <summary>Widens each column to fit its cell in a row of the first rows.</summary>
    private void Measure(ReadOnlySpan<int> widths)
    {
        for (var column = 0; column < widths.Length; column++)
        {
            if (_measured.Count <= column)
            {
                _measured.Add(0);
            }

            _measured[column] = Math.Max(_measured[column], widths[column]);
        }
    }

    /// <summary>1 → A, 27 → AA.</summary>
    private static string ColumnName(int number)
    {
        var name = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    private static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    private static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }
}
