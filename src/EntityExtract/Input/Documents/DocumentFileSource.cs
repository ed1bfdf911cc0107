using EntityExtract.Input.Languages;
using EntityExtract.Input.Records;

namespace EntityExtract.Input.Documents;

/// <summary>
/// <c>--input-format text</c> as the command line runs it: a document (by its extension) is read
/// through <see cref="DocumentReader"/>, anything else as plain text (<see cref="PieceReader"/>),
/// and a file not in English is left untagged unless <see cref="AllLanguages"/>.
/// </summary>
public sealed class DocumentFileSource : IPieceSource
{
    /// <summary>Tag every file, whatever its language (<c>--all-languages</c>): no detection runs.</summary>
    public bool AllLanguages { get; init; }

    public bool ShardsRecords => false;

    public IEnumerable<PieceOutcome> Read(InputFile file, Stream? stdin, CancellationToken cancellation = default)
    {
        var pieces = DocumentKinds.Of(file) is { } kind
            ? DocumentReader.Read(file, kind, stdin, cancellation)
            : PieceReader.Read(file, stdin, cancellation);
        return AllLanguages ? pieces : LanguageGate.Apply(pieces);
    }
}
