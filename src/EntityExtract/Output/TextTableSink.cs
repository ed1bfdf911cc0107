namespace EntityExtract.Output;

/// <summary>
/// A CSV, TSV or JSON Lines table: workers encode their rows into bytes, which are appended to
/// the destination as they are.
/// </summary>
internal sealed class TextTableSink : ITableSink
{
    private readonly Stream _destination;
    private readonly IReadOnlyList<string> _columns;
    private readonly TableWriterOptions _options;
    private readonly ITextTableWriter _rows;

    public TextTableSink(Stream destination, IReadOnlyList<string> columns, TableWriterOptions options)
    {
        _destination = destination;
        _columns = columns;
        _options = options;
        if (options.Excel && options.Format is OutputFormat.Csv or OutputFormat.Tsv)
        {
            destination.Write("\uFEFF"u8);
        }

        _rows = TableWriters.CreateText(destination, columns, options);
        if (options.Header)
        {
            _rows.Header();
            _rows.Flush();
        }
    }

    public ITableWriter Rows => _rows;

    /// <summary>Rows encoded on a worker thread into a reused memory buffer.</summary>
    public IRowBuffer CreateBuffer() => new ByteRowBuffer(bytes => TableWriters.CreateText(bytes, _columns, _options), bytes => new EncodedRows(bytes));

    public void Append(RowBlock rows) => _destination.Write(((EncodedRows)rows).Bytes);

    /// <summary>Rows encoded on worker threads too, less their gaps (<see cref="TextRowSpool"/>).</summary>
    public IRowSpool CreateSpool(int gapAt, int gapWidth) =>
        new TextRowSpool(_destination, _rows, bytes => TableWriters.CreateText(bytes, _columns, _options), gapAt, gapWidth);

    public void Finish()
    {
        _rows.Flush();
        _destination.Flush();
    }

    public void Dispose() => _rows.Dispose();

    private sealed class EncodedRows(byte[] bytes) : RowBlock
    {
        public byte[] Bytes { get; } = bytes;
    }
}
