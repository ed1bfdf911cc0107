using EntityExtract.Text.Positions;

namespace EntityExtract.Input.Records;

/// <summary>
/// Turns one record's text into pieces: whole when it is up to <see cref="InputLimits.PieceChars"/>
/// characters, else cut at paragraph ends (else line breaks, else spaces) as a large file is, with
/// positions counted from the start of the record.
/// </summary>
internal static class RecordPieces
{
    public static IEnumerable<TextPiece> Cut(InputFile document, string text, long bytes)
    {
        if (text.Length <= InputLimits.PieceChars)
        {
            yield return new TextPiece(document, 0, true, text, TextOrigin.Start, bytes);
            yield break;
        }

        var origin = TextOrigin.Start;
        var start = 0;
        for (var index = 0; ; index++)
        {
            var rest = text.Length - start;
            var cut = rest <= InputLimits.PieceChars
                ? rest
                : CutPoint.Find(text.AsSpan(start, InputLimits.PieceChars));
            var piece = text.Substring(start, cut);
            var isLast = start + cut == text.Length;

            // The record's bytes are counted once, with its first piece.
            yield return new TextPiece(document, index, isLast, piece, origin, index == 0 ? bytes : 0);
            if (isLast)
            {
                yield break;
            }

            origin = origin.Advance(piece);
            start += cut;
        }
    }
}
