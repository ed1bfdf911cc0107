using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Text.Positions;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>The <c>tokenize</c> command's rows: <c>file,sentence,start,end,text</c>.</summary>
public sealed class TokenRowsJob : IDocumentJob
{
    public static readonly string[] Columns = ["file", "sentence", "start", "end", "text"];

    private readonly DocumentAnalyzer _analyzer = new(tagger: null);

    public DocumentStats Process(TextChunk chunk, ITableWriter rows)
    {
        var text = chunk.Text;
        _analyzer.Tokenize(text);
        var tokens = _analyzer.Tokens.AsSpan();
        var cursor = new TextPositionCursor(chunk.Origin);
        var sentenceNumber = chunk.FirstSentence;
        foreach (var sentence in _analyzer.Sentences.AsSpan())
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                var start = cursor.MoveTo(text, token.Start);
                var end = cursor.MoveTo(text, token.End);
                rows.Text(chunk.File.DisplayPath);
                rows.Number(sentenceNumber);
                rows.Number(start.Offset);
                rows.Number(end.Offset);
                rows.Text(token.Slice(text));
                rows.EndRow();
            }

            sentenceNumber++;
        }

        return new DocumentStats(tokens.Length, tokens.Length);
    }
}
