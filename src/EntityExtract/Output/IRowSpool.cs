namespace EntityExtract.Output;

/// <summary>
/// A table's rows kept back on disk until cells known only at the end of a run can be written
/// into them (<c>extract --entity</c>: the corpus-wide entity of each mention). Each row leaves a
/// gap (<see cref="ISplicingWriter.Splice"/>), named by a kind and a key; <see cref="Replay"/>
/// writes the rows to the table in the order they were added, each gap filled. Made by the table's
/// sink (<see cref="ITableSink.CreateSpool"/>), so rows are kept in the form that sink writes fastest.
/// </summary>
public interface IRowSpool : IDisposable
{
    /// <summary>A writer for a worker thread; it is an <see cref="ISplicingWriter"/>. Safe to call from any thread.</summary>
    IRowBuffer CreateBuffer();

    /// <summary>Keeps the rows taken from one of this spool's buffers after those kept so far.</summary>
    void Add(RowBlock rows);

    /// <summary>Ends a group of rows (a file's): <see cref="Replay"/> tells the fill where the next begins.</summary>
    void Mark();

    /// <summary>Writes every kept row to the sink, asking <paramref name="fill"/> for the cells of each gap.</summary>
    void Replay(ISpliceFill fill);
}
