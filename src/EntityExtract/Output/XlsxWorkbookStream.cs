using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace EntityExtract.Output;

/// <summary>
/// The output-thread side of an Excel workbook: reads the records <see cref="XlsxTableWriter"/>
/// writes and adds them as rows to a workbook streamed out by SpreadCheetah, so memory stays
/// bounded whatever the row count. The header is bold, frozen and filtered; columns are as wide
/// as the header and the first <see cref="RowsForWidths"/> rows need; past
/// <see cref="MaxDataRowsPerSheet"/> rows the table goes on in a new sheet with the header again.
/// </summary>
public sealed class XlsxWorkbookStream : Stream
{
    /// <summary>Excel's limit of 1,048,576 rows a sheet, less the header.</summary>
    public const int MaxDataRowsPerSheet = 1_048_575;

    /// <summary>Excel's limit on the characters of one cell; longer text is cut.</summary>
    public const int MaxCellChars = 32_767;

    private const int RowsForWidths = 200;
    private const double MinWidth = 6;
    private const double MaxWidth = 60;

    // Characters XML 1.0 cannot hold at all; a workbook holding one does not open.
    private static readonly SearchValues<char> NotXml = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private readonly Spreadsheet _workbook;
    private readonly int _rowsPerSheet;
    private readonly string _sheetName;
    private readonly StyleId _bold;
    private readonly ArrayBufferWriter<byte> _pending = new(64 * 1024);
    private readonly List<Cell> _row = [];
    private readonly List<Cell[]> _firstRows = [];
    private Cell[]? _header;
    private bool _nextIsHeader;
    private bool _started;
    private bool _finished;
    private int _sheets;
    private int _rowsInSheet;
    private double[]? _widths;
    private readonly List<double> _measured = [];

    /// <param name="destination">Where the workbook goes; left open.</param>
    /// <param name="sheetName">The first sheet's name; later ones add " 2", " 3", ...</param>
    public XlsxWorkbookStream(Stream destination, string sheetName)
        : this(destination, sheetName, MaxDataRowsPerSheet)
    {
    }

    /// <summary>For tests: a smaller sheet, so that going on in a new one is cheap to check.</summary>
    internal XlsxWorkbookStream(Stream destination, string sheetName, int rowsPerSheet)
    {
        _rowsPerSheet = rowsPerSheet;
        _sheetName = sheetName;
        _workbook = Wait(Spreadsheet.CreateNewAsync(destination, new SpreadCheetahOptions { BufferSize = 64 * 1024 }));
        _bold = _workbook.AddStyle(new Style { Font = { Bold = true } });
    }

    /// <summary>The sheet name for a table with these columns.</summary>
    public static string SheetNameFor(IReadOnlyList<string> columns) =>
        columns.Contains("sentence") ? "tokens" : columns.Contains("mentions") ? "entities" : "mentions";

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_finished;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _pending.Write(buffer);
        var consumed = ReadRecords(_pending.WrittenSpan);
        var rest = _pending.WrittenSpan[consumed..].ToArray();
        _pending.ResetWrittenCount();
        _pending.Write(rest);
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Rows are added as they end; nothing waits here.</summary>
    public override void Flush()
    {
    }

    /// <summary>Writes the rest of the workbook. Without it (an interrupted run) the file is not a workbook.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        if (_pending.WrittenCount > 0)
        {
            throw new InvalidDataException("the table ended inside a cell");
        }

        StartIfWaiting(force: true);
        Wait(_workbook.FinishAsync());
        _finished = true;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _finished = true;
            _workbook.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads whole records from <paramref name="data"/>; returns how many bytes they took.</summary>
    private int ReadRecords(ReadOnlySpan<byte> data)
    {
        var at = 0;
        while (at < data.Length)
        {
            var tag = data[at];
            switch (tag)
            {
                case XlsxTableWriter.HeaderTag:
                    _nextIsHeader = true;
                    at += 1;
                    break;
                case XlsxTableWriter.RowTag:
                    EndRow();
                    at += 1;
                    break;
                case XlsxTableWriter.NumberTag or XlsxTableWriter.ScoreTag:
                    if (data.Length - at < 9)
                    {
                        return at;
                    }

                    if (tag == XlsxTableWriter.NumberTag)
                    {
                        var number = BinaryPrimitives.ReadInt64LittleEndian(data[(at + 1)..]);
                        Measure(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
                        _row.Add(new Cell(number));
                    }
                    else
                    {
                        Measure(4);
                        _row.Add(new Cell(BinaryPrimitives.ReadDoubleLittleEndian(data[(at + 1)..])));
                    }

                    at += 9;
                    break;
                case XlsxTableWriter.TextTag:
                    if (data.Length - at < 5)
                    {
                        return at;
                    }

                    var length = BinaryPrimitives.ReadInt32LittleEndian(data[(at + 1)..]);
                    if (data.Length - at - 5 < length)
                    {
                        return at;
                    }

                    var text = CellText(data.Slice(at + 5, length));
                    Measure(text.Length);
                    _row.Add(_nextIsHeader ? new Cell(text, _bold) : new Cell(text));
                    at += 5 + length;
                    break;
                default:
                    throw new InvalidDataException($"not a table record: {tag}");
            }
        }

        return at;
    }

    private static string CellText(ReadOnlySpan<byte> utf8)
    {
        var text = Encoding.UTF8.GetString(utf8);
        if (text.Length > MaxCellChars)
        {
            text = text[..MaxCellChars];
        }

        if (text.AsSpan().ContainsAny(NotXml))
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (NotXml.Contains(chars[i]))
                {
                    chars[i] = '\uFFFD';
                }
            }

            text = new string(chars);
        }

        return text;
    }

    private void EndRow()
    {
        var cells = _row.ToArray();
        _row.Clear();
        if (_nextIsHeader)
        {
            _nextIsHeader = false;
            _header = cells;
            return;
        }

        if (!_started)
        {
            _firstRows.Add(cells);
            StartIfWaiting(force: false);
            return;
        }

        AddRow(cells);
    }

    private void AddRow(Cell[] cells)
    {
        if (_rowsInSheet >= _rowsPerSheet)
        {
            StartSheet();
        }

        Wait(_workbook.AddRowAsync(cells));
        _rowsInSheet++;
    }

    /// <summary>Starts the first sheet once enough rows are in to size the columns (or the table ended).</summary>
    private void StartIfWaiting(bool force)
    {
        if (_started || (!force && _firstRows.Count < RowsForWidths))
        {
            return;
        }

        _widths = Widths();
        _started = true;
        StartSheet();
        foreach (var row in _firstRows)
        {
            AddRow(row);
        }

        _firstRows.Clear();
    }

    private void StartSheet()
    {
        _sheets++;
        var options = new WorksheetOptions();
        for (var i = 0; i < _widths!.Length; i++)
        {
            options.Column(i + 1).Width = _widths[i];
        }

        if (_header is not null)
        {
            options.FrozenRows = 1;
            options.AutoFilter = new AutoFilterOptions($"A1:{ColumnName(_header.Length)}1");
        }

        Wait(_workbook.StartWorksheetAsync(_sheets == 1 ? _sheetName : $"{_sheetName} {_sheets}", options));
        _rowsInSheet = 0;
        if (_header is not null)
        {
            Wait(_workbook.AddRowAsync(_header));
        }
    }

    /// <summary>Widens the column of the cell being added to fit it, while the first rows are being measured.</summary>
    private void Measure(int characters)
    {
        if (_started)
        {
            return;
        }

        var column = _row.Count;
        while (_measured.Count <= column)
        {
            _measured.Add(0);
        }

        _measured[column] = Math.Max(_measured[column], characters);
    }

    // A little room for the filter button; never so narrow the header hides, nor so wide a
    // context column fills the screen.
    private double[] Widths() => [.. _measured.Select(w => Math.Clamp(w + 3, MinWidth, MaxWidth))];

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
