using EntityExtract.Input;
using EntityExtract.Output;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>The <c>tokenize</c> command's rows, one per token (<see cref="TokenRows"/>).</summary>
public sealed class TokenRowsJob : IDocumentJob
{
    private readonly DocumentAnalyzer _analyzer = new(tagger: null);

    public DocumentStats Process(TextPiece piece, ITableWriter rows)
    {
        _analyzer.Tokenize(piece.Text);
        var tokens = _analyzer.Tokens.AsSpan();
        TokenRows.Write(piece.File.DisplayPath, piece.Text, piece.Origin, piece.FirstSentence, tokens, _analyzer.Sentences.AsSpan(), rows);
        return new DocumentStats(tokens.Length, tokens.Length);
    }
}
