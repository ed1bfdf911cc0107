namespace EntityExtract.Input.Records;

/// <summary>
/// Where a run's pieces come from: each input file (or stdin) read as text, or as one record per
/// line. The runner asks for one file's pieces at a time, on its reader thread, and does not care
/// which. Problems come back as values; the run goes on.
/// </summary>
public interface IPieceSource
{
    /// <summary>
    /// True when the source picks its shard's documents itself (records by id, as they are read);
    /// false when the run shards whole files by path.
    /// </summary>
    bool ShardsRecords { get; }

    /// <summary>
    /// One file's pieces. Reads that can block (stdin, a FIFO) give up with
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires.
    /// </summary>
    IEnumerable<PieceOutcome> Read(InputFile file, Stream? stdin, CancellationToken cancellation = default);
}
