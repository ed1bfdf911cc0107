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

    public IRowBuffer CreateBuffer() => new Buffer(_columns, _options);

    public void Append(RowBlock rows) => _destination.Write(((EncodedRows)rows).Bytes);

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

    /// <summary>Rows encoded on a worker thread into a reused memory buffer.</summary>
    private sealed class Buffer : IRowBuffer
    {
        private readonly MemoryStream _bytes = new();
        private readonly ITextTableWriter _writer;

        public Buffer(IReadOnlyList<string> columns, TableWriterOptions options) =>
            _writer = TableWriters.CreateText(_bytes, columns, options);

        public void Text(ReadOnlySpan<char> value) => _writer.Text(value);

        public void Number(long value) => _writer.Number(value);

        public void Score(float value) => _writer.Score(value);

        public void EndRow() => _writer.EndRow();

        public void Flush() => _writer.Flush();

        public RowBlock Take()
        {
            _writer.Flush();
            var rows = new EncodedRows(_bytes.ToArray());
            _bytes.SetLength(0);
            return rows;
        }

        public void Dispose() => _writer.Dispose();
    }
}
