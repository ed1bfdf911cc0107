using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Tagging;
using EntityExtract.Text.Characters;
using EntityExtract.Text.Positions;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>
/// The <c>extract</c> command's rows, one per mention:
/// <c>file,line,column,start,end,type,text,score,canonical</c> and, with <c>--context</c>, <c>context</c>;
/// a run that reads a PDF adds <c>page</c>.
/// </summary>
public sealed class MentionRowsJob(EntityTagger tagger, ExtractOptions options) : IDocumentJob
{
    private readonly ResolvedDocument _document = new(tagger, options);

    public static IReadOnlyList<string> ColumnsFor(ExtractOptions options)
    {
        IReadOnlyList<string> columns = options.Context > 0
            ? ["file", "line", "column", "start", "end", "type", "text", "score", "canonical", "context"]
            : ["file", "line", "column", "start", "end", "type", "text", "score", "canonical"];
        return options.Pages ? [.. columns, "page"] : columns;
    }

    public DocumentStats Process(TextChunk chunk, ITableWriter rows)
    {
        var text = chunk.Text;
        _document.Analyze(text);
        var cursor = new TextPositionCursor(chunk.Origin);
        var mentions = _document.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var surface = text.AsSpan(mention.Start, mention.End - mention.Start);
            var start = cursor.MoveTo(text, mention.Start);
            rows.Text(chunk.File.DisplayPath);
            rows.Number(start.Line);
            rows.Number(start.Column);
            rows.Number(start.Offset);
            rows.Number(start.Offset + CodePoints.Count(surface));
            rows.Text(EntityTypeNames.ToLongName(mention.Type));
            rows.Text(surface);
            rows.Score(mention.Score);
            rows.Text(_document.Entities[i].Display);
            if (options.Context > 0)
            {
                rows.Text(ContextSnippet.Of(text, mention.Start, mention.End, options.Context));
            }

            if (options.Pages)
            {
                PageCell.Write(rows, chunk.Pages, start.Offset);
            }

            rows.EndRow();
        }

        return new DocumentStats(_document.TokenCount, mentions.Count);
    }
}
