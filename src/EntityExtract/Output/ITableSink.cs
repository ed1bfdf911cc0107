namespace EntityExtract.Output;

/// <summary>
/// One table on its way out, in one format: CSV, TSV or JSON Lines text, or a workbook sheet.
/// Opening it (<see cref="TableWriters.Open"/>) writes what precedes the rows; <see cref="Finish"/>
/// writes what ends them. Rows are made on worker threads but must come out in input order, so a
/// worker writes into a <see cref="IRowBuffer"/> of its own and the thread that owns the sink
/// appends what the worker took, in order.
/// </summary>
public interface ITableSink : IDisposable
{
    /// <summary>
    /// Writes rows straight into the table, for the owning thread (entity tables). Flush it before
    /// appending a block, so that its rows come first.
    /// </summary>
    ITableWriter Rows { get; }

    /// <summary>A writer for a worker thread: its rows wait in memory until taken. Safe to call from any thread.</summary>
    IRowBuffer CreateBuffer();

    /// <summary>Adds the rows taken from one of this sink's buffers after the rows written so far.</summary>
    void Append(RowBlock rows);

    /// <summary>
    /// Rows kept back to be written at the end, each with a gap of <paramref name="gapWidth"/> cells
    /// at column <paramref name="gapAt"/> filled then (<see cref="IRowSpool"/>). Replaying it writes
    /// after the rows written so far; the sink is finished after that.
    /// </summary>
    IRowSpool CreateSpool(int gapAt, int gapWidth);

    /// <summary>Ends the table and flushes the destination. Without it (an interrupted run) a workbook does not open.</summary>
    void Finish();
}
