namespace EntityExtract.Input.Records;

/// <summary>
/// Where a run's chunks come from: each input file (or stdin) read as text, or as one record per
/// line. The runner asks for one file's chunks at a time, on its reader thread, and does not care
/// which. Problems come back as values; the run goes on.
/// </summary>
public interface IChunkSource
{
    IEnumerable<ChunkOutcome> Read(InputFile file, Stream? stdin);
}
