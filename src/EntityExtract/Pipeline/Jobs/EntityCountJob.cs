using EntityExtract.Entities.Tables;
using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>
/// For entity tables (<c>--group file|corpus|pairs</c>): writes no rows itself, but counts each
/// piece's entities (and, for pairs, the sentences naming two of them) and hands them to the
/// table's <see cref="IEntityTable"/> through <see cref="DocumentStats.Entities"/>.
/// </summary>
public sealed class EntityCountJob(EntityTagger tagger, ExtractOptions options) : IDocumentJob
{
    private readonly PieceAnalysis _analysis = new(tagger, options);

    public DocumentStats Process(TextPiece piece, ITableWriter rows)
    {
        var mentions = _analysis.Resolve(piece.Text);
        var analyzer = _analysis.Analyzer;
        var counts = EntityCounter.Count(piece.Text, piece.Origin, mentions, options.Context);
        var pairs = options.Group == GroupBy.Pairs ? PairCounter.Count(analyzer.Sentences.AsSpan(), analyzer.ArticleStarts, analyzer.Tokens.Count, mentions, options.PairUnit) : null;
        return new DocumentStats(analyzer.Tokens.Count, 0) { Entities = counts, Pairs = pairs };
    }
}
