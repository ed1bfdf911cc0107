using EntityExtract.Entities;
using EntityExtract.Entities.Tables;
using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>
/// For entity tables (<c>--group file|corpus|pairs</c>): writes no rows itself, but counts each
/// chunk's entities (and, for pairs, the sentences naming two of them) and hands them to the
/// table's <see cref="IEntityTable"/> through <see cref="DocumentStats.Entities"/>.
/// </summary>
public sealed class EntityCountJob(EntityTagger tagger, ExtractOptions options) : IDocumentJob
{
    private readonly ResolvedDocument _document = new(tagger, options);

    public DocumentStats Process(TextChunk chunk, ITableWriter rows)
    {
        _document.Analyze(chunk.Text);
        var counts = EntityCounter.Count(chunk.Text, chunk.Origin, _document.Mentions, _document.Entities, _document.Forms, options.Context);
        var pairs = options.Group == GroupBy.Pairs ? PairCounter.Count(_document.Sentences, _document.Mentions, _document.Entities) : null;
        return new DocumentStats(_document.TokenCount, 0) { Entities = counts, Pairs = pairs };
    }
}
