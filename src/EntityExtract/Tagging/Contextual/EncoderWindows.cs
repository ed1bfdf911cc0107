namespace EntityExtract.Tagging.Contextual;

/// <summary>
/// How a document's pieces are cut into the encoder's inputs. Whole sentences are packed into a
/// window up to <see cref="MaxPieces"/> pieces, so most words see their neighbours across
/// sentence ends; a longer sentence is cut into windows that overlap by 2 ×
/// <see cref="Margin"/> pieces, and each word takes its vector from the window in which its first
/// piece is farthest from a cut. Windows depend on the document alone, never on threads.
/// </summary>
internal static class EncoderWindows
{
    /// <summary>Pieces per window, [CLS] and [SEP] aside (the network takes 512; attention grows with the square).</summary>
    public const int MaxPieces = 254;

    /// <summary>Pieces of context kept on each side of a cut inside a long sentence.</summary>
    public const int Margin = 48;

    /// <summary>One window: pieces [Start, End) go in; the words whose first piece is in [OwnStart, OwnEnd) take their vectors from it.</summary>
    public readonly record struct Window(int Start, int End, int OwnStart, int OwnEnd);

    /// <summary>Windows over pieces, given where each sentence's pieces start (<paramref name="sentenceStarts"/>, ascending, then the piece count).</summary>
    public static List<Window> Plan(ReadOnlySpan<int> sentenceStarts)
    {
        var windows = new List<Window>();
        var s = 0;
        var sentences = sentenceStarts.Length - 1;
        while (s < sentences)
        {
            var start = sentenceStarts[s];
            var end = sentenceStarts[s + 1];
            if (end - start > MaxPieces)
            {
                Cut(start, end, windows);
                s++;
                continue;
            }

            var next = s + 1;
            while (next < sentences && sentenceStarts[next + 1] - start <= MaxPieces)
            {
                next++;
            }

            end = sentenceStarts[next];
            windows.Add(new Window(start, end, start, end));
            s = next;
        }

        return windows;
    }

    /// <summary>Overlapping windows over one sentence longer than <see cref="MaxPieces"/>.</summary>
    private static void Cut(int start, int end, List<Window> windows)
    {
        const int step = MaxPieces - (2 * Margin);
        for (var from = start; ; from += step)
        {
            var to = Math.Min(end, from + MaxPieces);
            var ownStart = from == start ? start : from + Margin;
            var last = to == end;
            windows.Add(new Window(from, to, ownStart, last ? end : to - Margin));
            if (last)
            {
                return;
            }
        }
    }
}
