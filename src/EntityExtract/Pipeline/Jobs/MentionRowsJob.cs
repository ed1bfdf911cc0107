using EntityExtract.Entities;
using EntityExtract.Entities.Tables;
using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>The <c>extract</c> command's rows, one per mention: analyze, resolve, write (<see cref="MentionRows"/>).</summary>
public sealed class MentionRowsJob(EntityTagger tagger, ExtractOptions options) : IDocumentJob
{
    private readonly DocumentAnalyzer _analyzer = new(tagger);
    private readonly MentionResolver _resolver = new(options.Types, options.MinScore);

    public static IReadOnlyList<string> ColumnsFor(ExtractOptions options) => TableColumns.MentionsOf(options.Context > 0, options.Pages);

    public DocumentStats Process(TextPiece piece, ITableWriter rows)
    {
        var text = piece.Text;
        _analyzer.Tag(text);
        var mentions = _resolver.Resolve(text, _analyzer.Tokens.AsSpan(), _analyzer.Mentions, _analyzer.ArticleStarts);
        MentionRows.Write(piece.File.DisplayPath, text, piece.Origin, mentions, options.Context, options.Pages, piece.Pages, rows);
        return new DocumentStats(_analyzer.Tokens.Count, mentions.Length);
    }
}
