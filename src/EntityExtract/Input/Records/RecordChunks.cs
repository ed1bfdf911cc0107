using EntityExtract.Text.Positions;

namespace EntityExtract.Input.Records;

/// <summary>
/// Turns one record's text into chunks: whole when it is up to <see cref="InputLimits.ChunkChars"/>
/// characters, else cut at paragraph ends (else line breaks, else spaces) as a large file is, with
/// positions counted from the start of the record.
/// </summary>
internal static class RecordChunks
{
    public static IEnumerable<TextChunk> Cut(InputFile document, string text, long bytes)
    {
        if (text.Length <= InputLimits.ChunkChars)
        {
            yield return new TextChunk(document, 0, true, text, TextOrigin.Start, bytes);
            yield break;
        }

        var origin = TextOrigin.Start;
        var start = 0;
        for (var index = 0; ; index++)
        {
            var rest = text.Length - start;
            var cut = rest <= InputLimits.ChunkChars
                ? rest
                : CutPoint.Find(text.AsSpan(start, InputLimits.ChunkChars));
            var piece = text.Substring(start, cut);
            var isLast = start + cut == text.Length;

            // The record's bytes are counted once, with its first chunk.
            yield return new TextChunk(document, index, isLast, piece, origin, index == 0 ? bytes : 0);
            if (isLast)
            {
                yield break;
            }

            origin = origin.Advance(piece);
            start += cut;
        }
    }
}
