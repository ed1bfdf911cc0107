using EntityExtract.Input;
using EntityExtract.Output;

namespace EntityExtract.Extraction;

/// <summary>
/// Builds tables that need more than one chunk to write a row (per-file and corpus entity
/// tables). Called on the output thread, in input order, so its rows come out the same at any
/// thread count.
/// </summary>
public interface IChunkAggregator
{
    void Add(TextChunk chunk, DocumentStats stats, ITableWriter output);

    /// <summary>After the last chunk of the run.</summary>
    void Finish(ITableWriter output);
}
