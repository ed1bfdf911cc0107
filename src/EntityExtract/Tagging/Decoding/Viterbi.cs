using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        Span<float> allowed = stackalloc float[(L + 1) * L];
        Mask(transitions, allowed);
        DecodeMasked(emissions, count, allowed, end, backpointers, path);
    }

    /// <summary>
    /// <see cref="Decode"/> with transitions already passed through <see cref="Mask"/>, for a
    /// model whose transitions do not change (the tagger masks its own once).
    /// </summary>
    public static void DecodeMasked(ReadOnlySpan<float> emissions, int count, ReadOnlySpan<float> allowed, ReadOnlySpan<float> end, Span<byte> backpointers, Span<byte> path)
    {
        if (count == 0)
        {
            return;
        }

        Span<float> current = stackalloc float[L];
        if (Vector256.IsHardwareAccelerated)
        {
            ForwardVector(emissions, count, allowed, backpointers, current);
        }
        else
        {
            ForwardScalar(emissions, count, allowed, backpointers, current);
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

    /// <summary>The reference recursion: for each label, its allowed previous labels in ascending order, keeping the first best.</summary>
    private static void ForwardScalar(ReadOnlySpan<float> emissions, int count, ReadOnlySpan<float> transitions, Span<byte> backpointers, Span<float> current)
    {
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

            next.CopyTo(current);
        }
    }

    /// <summary>Copies <paramref name="transitions"/> into <paramref name="allowed"/> with -inf wherever <see cref="BilouLabel.CanFollow"/> forbids the pair.</summary>
    public static void Mask(ReadOnlySpan<float> transitions, Span<float> allowed)
    {
        for (var p = 0; p <= L; p++)
        {
            for (var y = 0; y < L; y++)
            {
                allowed[(p * L) + y] = BilouLabel.CanFollow(p, y) ? transitions[(p * L) + y] : float.NegativeInfinity;
            }
        }
    }

    /// <summary>
    /// The same recursion with all 17 labels at once (8 + 8 lanes and one scalar): previous labels
    /// are visited in ascending order and a score replaces the best only when strictly greater, as
    /// in <see cref="ForwardScalar"/>. Rows are loaded unchecked: each slice holds 17 values, so
    /// the 8 + 8 lanes stay inside it. Forbidden transitions score -inf, which never wins a strict
    /// comparison against the -inf start, so every sum, comparison and backpointer is the same.
    /// </summary>
    private static void ForwardVector(ReadOnlySpan<float> emissions, int count, ReadOnlySpan<float> allowed, Span<byte> backpointers, Span<float> current)
    {
        for (var y = 0; y < L; y++)
        {
            current[y] = allowed[(BilouLabel.Start * L) + y] + emissions[y];
        }

        Span<int> back = stackalloc int[L];
        for (var t = 1; t < count; t++)
        {
            var bestLow = Vector256.Create(float.NegativeInfinity);
            var bestHigh = bestLow;
            var bestLast = float.NegativeInfinity;
            var fromLow = Vector256<int>.Zero;
            var fromHigh = Vector256<int>.Zero;
            var fromLast = 0;
            for (var p = 0; p < L; p++)
            {
                var row = allowed.Slice(p * L, L);
                var previous = current[p];
                var scoreLow = Vector256.Create(previous) + Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(row));
                var scoreHigh = Vector256.Create(previous) + Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(row), 8);
                var scoreLast = previous + row[L - 1];
                var winLow = Vector256.GreaterThan(scoreLow, bestLow);
                var winHigh = Vector256.GreaterThan(scoreHigh, bestHigh);
                bestLow = Vector256.ConditionalSelect(winLow, scoreLow, bestLow);
                bestHigh = Vector256.ConditionalSelect(winHigh, scoreHigh, bestHigh);
                fromLow = Vector256.ConditionalSelect(winLow.AsInt32(), Vector256.Create(p), fromLow);
                fromHigh = Vector256.ConditionalSelect(winHigh.AsInt32(), Vector256.Create(p), fromHigh);
                if (scoreLast > bestLast)
                {
                    bestLast = scoreLast;
                    fromLast = p;
                }
            }

            var emission = emissions.Slice(t * L, L);
            (bestLow + Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(emission))).CopyTo(current);
            (bestHigh + Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(emission), 8)).CopyTo(current[8..]);
            current[L - 1] = bestLast + emission[L - 1];
            fromLow.CopyTo(back);
            fromHigh.CopyTo(back[8..]);
            back[L - 1] = fromLast;
            var pointers = backpointers.Slice(t * L, L);
            for (var y = 0; y < L; y++)
            {
                pointers[y] = (byte)back[y];
            }
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
