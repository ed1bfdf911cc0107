using EntityExtract.Entities.Tables;
using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>
/// The <c>extract</c> command's rows, one per mention: analyze, resolve, write (<see cref="MentionRows"/>).
/// With <c>--entity</c> it also counts the piece's entities, for <see cref="MentionEntityTable"/>
/// to name each mention's corpus row at the end.
/// </summary>
public sealed class MentionRowsJob(EntityTagger tagger, ExtractOptions options) : IDocumentJob
{
    private readonly PieceAnalysis _analysis = new(tagger, options);

    public static IReadOnlyList<string> ColumnsFor(ExtractOptions options) => TableColumns.MentionsOf(options.Context > 0, options.Entity, options.Pages);

    public DocumentStats Process(TextPiece piece, ITableWriter rows)
    {
        var text = piece.Text;
        var mentions = _analysis.Resolve(text);
        MentionRows.Write(piece.File.DisplayPath, text, piece.Origin, mentions, options.Context, options.Pages, piece.Pages, rows);
        var counts = options.Entity ? EntityCounter.Count(text, piece.Origin, mentions, positions: false) : null;
        return new DocumentStats(_analysis.Analyzer.Tokens.Count, mentions.Length) { Entities = counts };
    }
}
