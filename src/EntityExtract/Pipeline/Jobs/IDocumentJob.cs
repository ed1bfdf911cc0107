using EntityExtract.Input;
using EntityExtract.Output;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>
/// The per-document work of one command (tokenize, extract). One instance per worker thread,
/// so an implementation keeps its scratch buffers in fields and reuses them. A large file comes
/// in several pieces; each is processed as a document of its own, with positions that count
/// from the start of the file (<see cref="TextPiece.Origin"/>).
/// </summary>
public interface IDocumentJob
{
    /// <summary>Writes the rows of one piece of decoded text.</summary>
    DocumentStats Process(TextPiece piece, ITableWriter rows);
}
