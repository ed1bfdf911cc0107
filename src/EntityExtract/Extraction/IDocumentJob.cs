using EntityExtract.Output;

namespace EntityExtract.Extraction;

/// <summary>
/// The per-document work of one command (tokenize, extract). One instance per worker thread,
/// so an implementation keeps its scratch buffers in fields and reuses them.
/// </summary>
public interface IDocumentJob
{
    /// <summary>Writes the rows of one decoded document.</summary>
    DocumentStats Process(string displayPath, string text, ITableWriter rows);
}
