using EntityExtract.Entities;
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
    private readonly DocumentAnalyzer _analyzer = new(tagger);
    private readonly MentionResolver _resolver = new(options.Types, options.MinScore, options.Aliases);

    public DocumentStats Process(TextPiece piece, ITableWriter rows)
    {
        _analyzer.Tag(piece.Text);
        var mentions = _resolver.Resolve(piece.Text, _analyzer.Tokens.AsSpan(), _analyzer.Mentions, _analyzer.ArticleStarts);
        var counts = EntityCounter.Count(piece.Text, piece.Origin, mentions, options.Context);
        var pairs = options.Group == GroupBy.Pairs ? PairCounter.Count(_analyzer.Sentences.AsSpan(), _analyzer.ArticleStarts, _analyzer.Tokens.Count, mentions, options.PairUnit) : null;
        return new DocumentStats(_analyzer.Tokens.Count, 0) { Entities = counts, Pairs = pairs };
    }
}
