using EntityExtract.Entities.Tables;
using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>
/// For <c>report</c>: one pass gives what three runs would, the mention rows (written as
/// <see cref="MentionRowsJob"/> writes them) and the entities and pairs the pairs table counts
/// (as <see cref="EntityCountJob"/> counts them with <c>--group pairs</c>).
/// </summary>
public sealed class ReportRowsJob(EntityTagger tagger, ExtractOptions options) : IDocumentJob
{
    private readonly PieceAnalysis _analysis = new(tagger, options);

    public DocumentStats Process(TextPiece piece, ITableWriter rows)
    {
        var text = piece.Text;
        var mentions = _analysis.Resolve(text);
        MentionRows.Write(piece.File.DisplayPath, text, piece.Origin, mentions, options.Context, options.Pages, piece.Pages, rows);
        var counts = EntityCounter.Count(text, piece.Origin, mentions, 0);
        var pairs = PairCounter.Count(_analysis.Analyzer.Sentences.AsSpan(), mentions);
        return new DocumentStats(_analysis.Analyzer.Tokens.Count, mentions.Length) { Entities = counts, Pairs = pairs };
    }
}
