using EntityExtract.Text.Positions;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Output;

/// <summary>The <c>tokenize</c> table's rows, one per token, in the columns of <see cref="TableColumns.Tokens"/>: <c>file,sentence,start,end,text</c>.</summary>
public static class TokenRows
{
    /// <param name="firstSentence">The number of the text's first sentence within its file.</param>
    public static void Write(string displayPath, string text, TextOrigin origin, long firstSentence, ReadOnlySpan<Token> tokens, ReadOnlySpan<SentenceSpan> sentences, ITableWriter rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var cursor = new TextPositionCursor(origin);
        var sentenceNumber = firstSentence;
        foreach (var sentence in sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                var start = cursor.MoveTo(text, token.Start);
                var end = cursor.MoveTo(text, token.End);
                rows.Text(displayPath);
                rows.Number(sentenceNumber);
                rows.Number(start.Offset);
                rows.Number(end.Offset);
                rows.Text(token.Slice(text));
                rows.EndRow();
            }

            sentenceNumber++;
        }
    }
}
