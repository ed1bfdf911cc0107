namespace EntityExtract.Output;

/// <summary>
/// A worker's rows written as bytes into a reused memory buffer: a text table's encoded rows.
/// <see cref="Take"/> hands them over as the block kind its owner reads back.
/// </summary>
internal sealed class ByteRowBuffer : IRowBuffer
{
    private readonly MemoryStream _bytes = new();
    private readonly ITableWriter _writer;
    private readonly Func<byte[], RowBlock> _blockOf;

    /// <param name="writerOver">Makes the writer of the rows over the buffer.</param>
    /// <param name="blockOf">Wraps a take's bytes as the block kind the reader of the blocks expects.</param>
    public ByteRowBuffer(Func<Stream, ITableWriter> writerOver, Func<byte[], RowBlock> blockOf)
    {
        _writer = writerOver(_bytes);
        _blockOf = blockOf;
    }

    public void Text(ReadOnlySpan<char> value) => _writer.Text(value);

    public void Number(long value) => _writer.Number(value);

    public void Score(float value) => _writer.Score(value);

    public void EndRow() => _writer.EndRow();

    public void Flush() => _writer.Flush();

    public RowBlock Take()
    {
        _writer.Flush();
        var rows = _blockOf(_bytes.ToArray());
        _bytes.SetLength(0);
        return rows;
    }

    public void Dispose() => _writer.Dispose();
}
