using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Extraction;

/// <summary>The <c>extract</c> command's rows: <c>file,line,column,start,end,type,text,score</c>.</summary>
public sealed class MentionRowsJob(EntityTagger tagger, ExtractOptions options) : IDocumentJob
{
    public static readonly string[] Columns = ["file", "line", "column", "start", "end", "type", "text", "score"];

    private readonly DocumentAnalyzer _analyzer = new(tagger);

    public DocumentStats Process(string displayPath, string text, ITableWriter rows)
    {
        _analyzer.Tag(text);
        var cursor = new TextPositionCursor();
        var written = 0;
        foreach (var mention in _analyzer.Mentions)
        {
            if (!options.Keeps(mention))
            {
                continue;
            }

            var start = cursor.MoveTo(text, mention.Start);
            var endOffset = start.Offset + CodePoints.Count(text.AsSpan(mention.Start, mention.End - mention.Start));
            rows.Text(displayPath);
            rows.Number(start.Line);
            rows.Number(start.Column);
            rows.Number(start.Offset);
            rows.Number(endOffset);
            rows.Text(EntityTypeNames.Of(mention.Type));
            rows.Text(text.AsSpan(mention.Start, mention.End - mention.Start));
            rows.Score(mention.Score);
            rows.EndRow();
            written++;
        }

        return new DocumentStats(_analyzer.Tokens.Count, written);
    }
}
