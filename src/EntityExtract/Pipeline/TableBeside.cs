using EntityExtract.Entities.Tables;
using EntityExtract.Output;

namespace EntityExtract.Pipeline;

/// <summary>
/// An entity table written to a destination of its own beside the run's rows, so that one pass
/// writes two tables (<c>report</c>: mention rows and the pairs table).
/// </summary>
public sealed class TableBeside(IEntityTable table, Stream destination, TableWriterOptions options) : IEntityTable
{
    private ITableSink? _sink;

    public IReadOnlyList<string> Columns => table.Columns;

    public long Rows => table.Rows;

    public void Add(in PieceEntities piece, ITableWriter output) => table.Add(piece, Sink().Rows);

    public void Finish(ITableWriter output)
    {
        var sink = Sink();
        table.Finish(sink.Rows);
        sink.Finish();
        sink.Dispose();
    }

    private ITableSink Sink() => _sink ??= TableWriters.Open(destination, "pairs", table.Columns, options);
}
