namespace EntityExtract.Output;

/// <summary>
/// A workbook's spooled rows: cells as they are (<see cref="RowSpoolWriter"/>), replayed through
/// the workbook's own writer, since its cells become bytes only as the sheet writes them.
/// </summary>
internal sealed class CellRowSpool(ITableWriter output) : IRowSpool
{
    private readonly FileStream _file = RowSpool.CreateTemporary();

    public IRowBuffer CreateBuffer() => new CellSpoolBuffer();

    public void Add(RowBlock rows) => _file.Write(((SpooledBytes)rows).Bytes);

    public void Mark() => RowSpool.WriteMark(_file);

    public void Replay(ISpliceFill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        _file.Position = 0;
        using var rows = new RowSpoolReader(_file);
        var cells = new List<SpooledCell>();
        while (rows.Next(cells, out var mark))
        {
            if (mark)
            {
                fill.NextGroup();
                continue;
            }

            foreach (var cell in cells)
            {
                if (cell.IsGap)
                {
                    fill.Fill((int)cell.Number, cell.Text, output);
                }
                else
                {
                    cell.WriteTo(output);
                }
            }

            output.EndRow();
        }

        output.Flush();
    }

    public void Dispose() => _file.Dispose();

    /// <summary>A worker's cells, kept in a reused memory buffer until taken.</summary>
    private sealed class CellSpoolBuffer : IRowBuffer, ISplicingWriter
    {
        private readonly MemoryStream _bytes = new();
        private readonly RowSpoolWriter _writer;

        public CellSpoolBuffer() => _writer = new RowSpoolWriter(_bytes);

        public void Text(ReadOnlySpan<char> value) => _writer.Text(value);

        public void Number(long value) => _writer.Number(value);

        public void Score(float value) => _writer.Score(value);

        public void Splice(int kind, ReadOnlySpan<char> key) => _writer.Splice(kind, key);

        public void EndRow() => _writer.EndRow();

        public void Flush() => _writer.Flush();

        public RowBlock Take()
        {
            _writer.Flush();
            var rows = new SpooledBytes(_bytes.ToArray());
            _bytes.SetLength(0);
            return rows;
        }

        public void Dispose() => _writer.Dispose();
    }
}
