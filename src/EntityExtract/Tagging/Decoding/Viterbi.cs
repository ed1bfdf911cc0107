using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Decoding;

/// <summary>
/// First-order Viterbi decoding over the 17 BILOU labels. Only transitions allowed by
/// <see cref="BilouLabel.CanFollow"/> are ever considered, and a sentence may only end on a label
/// that closes its entity, so the best path is always a valid BILOU sequence.
/// </summary>
internal static class Viterbi
{
    private const int L = BilouLabel.Count;

    /// <summary>For each label, the labels that may precede it (the start pseudo label excluded).</summary>
    private static readonly byte[][] s_previous = BuildPrevious();

    /// <summary>For each label, the labels that may follow it; only these pairs carry probability mass.</summary>
    private static readonly byte[][] s_next = BuildNext();

    internal static byte[][] Previous => s_previous;

    internal static byte[][] Next => s_next;

    /// <param name="emissions">Scores by [token * 17 + label].</param>
    /// <param name="transitions">Scores by [previous * 17 + label], with row 17 for the sentence start.</param>
    /// <param name="end">Score of ending a sentence on each label.</param>
    /// <param name="backpointers">Scratch of at least <paramref name="count"/> * 17 bytes.</param>
    /// <param name="path">Receives the best label of each token.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int count, ReadOnlySpan<float> transitions, ReadOnlySpan<float> end, Span<byte> backpointers, Span<byte> path)
    {
        if (count == 0)
        {
            return;
        }

        Span<float> current = stackalloc float[L];
        Span<float> next = stackalloc float[L];
        var startRow = transitions.Slice(BilouLabel.Start * L, L);
        for (var y = 0; y < L; y++)
        {
            current[y] = BilouLabel.CanFollow(BilouLabel.Start, y) ? startRow[y] + emissions[y] : float.NegativeInfinity;
        }

        for (var t = 1; t < count; t++)
        {
            var emission = emissions.Slice(t * L, L);
            var back = backpointers.Slice(t * L, L);
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var bestPrevious = 0;
                foreach (var p in s_previous[y])
                {
                    var score = current[p] + transitions[(p * L) + y];
                    if (score > best)
                    {
                        best = score;
                        bestPrevious = p;
                    }
                }

                next[y] = best + emission[y];
                back[y] = (byte)bestPrevious;
            }

            var swap = current;
            current = next;
            next = swap;
        }

        var bestLast = 0;
        var bestFinal = float.NegativeInfinity;
        for (var y = 0; y < L; y++)
        {
            if (BilouLabel.CanEnd(y) && current[y] + end[y] > bestFinal)
            {
                bestFinal = current[y] + end[y];
                bestLast = y;
            }
        }

        path[count - 1] = (byte)bestLast;
        for (var t = count - 1; t > 0; t--)
        {
            path[t - 1] = backpointers[(t * L) + path[t]];
        }
    }

    private static byte[][] BuildNext()
    {
        var next = new byte[L][];
        for (var p = 0; p < L; p++)
        {
            var list = new List<byte>();
            for (var y = 0; y < L; y++)
            {
                if (BilouLabel.CanFollow(p, y))
                {
                    list.Add((byte)y);
                }
            }

            next[p] = [.. list];
        }

        return next;
    }

    private static byte[][] BuildPrevious()
    {
        var previous = new byte[L][];
        for (var y = 0; y < L; y++)
        {
            var list = new List<byte>();
            for (var p = 0; p < L; p++)
            {
                if (BilouLabel.CanFollow(p, y))
                {
                    list.Add((byte)p);
                }
            }

            previous[y] = [.. list];
        }

        return previous;
    }
}
