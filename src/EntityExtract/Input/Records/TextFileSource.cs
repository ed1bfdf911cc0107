namespace EntityExtract.Input.Records;

/// <summary><c>--input-format text</c>: a file is one document, read in chunks by <see cref="ChunkReader"/>.</summary>
public sealed class TextFileSource : IChunkSource
{
    public static TextFileSource Instance { get; } = new();

    public bool ShardsRecords => false;

    public IEnumerable<ChunkOutcome> Read(InputFile file, Stream? stdin, CancellationToken cancellation = default) =>
        ChunkReader.Read(file, stdin, cancellation);
}
