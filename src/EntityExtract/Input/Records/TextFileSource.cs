namespace EntityExtract.Input.Records;

/// <summary><c>--input-format text</c>: a file is one document, read in pieces by <see cref="PieceReader"/>.</summary>
public sealed class TextFileSource : IPieceSource
{
    public static TextFileSource Instance { get; } = new();

    public bool ShardsRecords => false;

    public IEnumerable<PieceOutcome> Read(InputFile file, Stream? stdin, CancellationToken cancellation = default) =>
        PieceReader.Read(file, stdin, cancellation);
}
