using System.Runtime.CompilerServices;
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
    /// <param name="lattice">Scratch of at least <paramref name="count"/> * 17 floats: each token's best path scores.</param>
    /// <param name="path">Receives the best label of each token.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int count, ReadOnlySpan<float> transitions, ReadOnlySpan<float> end, Span<float> lattice, Span<byte> path)
    {
        Span<float> allowed = stackalloc float[MaskedLength];
        Mask(transitions, allowed);
        DecodeMasked(emissions, count, allowed, end, lattice, path);
    }

    /// <summary>Floats <see cref="Mask"/> writes: the masked rows (the start row included), then the same by label.</summary>
    public const int MaskedLength = ((L + 1) * L) + (L * L);

    /// <summary>
    /// <see cref="Decode"/> with transitions already passed through <see cref="Mask"/>, for a
    /// model whose transitions do not change (the tagger masks its own once).
    /// </summary>
    /// <remarks>
    /// The forward pass keeps only the best score of each token and label, not where it came
    /// from; the way back finds, for the one label chosen at each token, the first previous label
    /// (ascending) whose score reaches it. Sums are recomputed from the same floats, so that is
    /// exactly the previous label a strictly-greater scan would have kept, for every tie too.
    /// </remarks>
    public static void DecodeMasked(ReadOnlySpan<float> emissions, int count, ReadOnlySpan<float> allowed, ReadOnlySpan<float> end, Span<float> lattice, Span<byte> path)
    {
        if (count == 0)
        {
            return;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            ForwardVector(emissions, count, allowed, lattice);
        }
        else
        {
            ForwardScalar(emissions, count, allowed, lattice);
        }

        var current = lattice.Slice((count - 1) * L, L);
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
            path[t - 1] = (byte)BestPrevious(lattice.Slice((t - 1) * L, L), allowed, path[t]);
        }
    }

    /// <summary>
    /// Copies <paramref name="transitions"/> into <paramref name="allowed"/> (<see cref="MaskedLength"/>
    /// floats) with -inf wherever <see cref="BilouLabel.CanFollow"/> forbids the pair, followed by
    /// the 17 × 17 non-start part again by [label * 17 + previous], which the way back reads.
    /// </summary>
    public static void Mask(ReadOnlySpan<float> transitions, Span<float> allowed)
    {
        for (var p = 0; p <= L; p++)
        {
            for (var y = 0; y < L; y++)
            {
                var score = BilouLabel.CanFollow(p, y) ? transitions[(p * L) + y] : float.NegativeInfinity;
                allowed[(p * L) + y] = score;
                if (p < L)
                {
                    allowed[((L + 1) * L) + (y * L) + p] = score;
                }
            }
        }
    }

    /// <summary>The first previous label, in ascending order, with the highest score of reaching <paramref name="label"/>.</summary>
    private static int BestPrevious(ReadOnlySpan<float> previous, ReadOnlySpan<float> allowed, int label)
    {
        // Unchecked: previous holds 17 scores and allowed is MaskedLength long.
        ref var scores = ref MemoryMarshal.GetReference(previous);
        ref var column = ref Unsafe.Add(ref MemoryMarshal.GetReference(allowed), ((L + 1) * L) + (label * L));
        if (!Vector256.IsHardwareAccelerated)
        {
            var best = float.NegativeInfinity;
            var from = 0;
            for (var p = 0; p < L; p++)
            {
                var score = Unsafe.Add(ref scores, p) + Unsafe.Add(ref column, p);
                if (score > best)
                {
                    best = score;
                    from = p;
                }
            }

            return from;
        }

        // The first label whose score equals the maximum is the one a strictly-greater scan keeps
        // (-0 equals +0; when every score is -inf, that is label 0, as in the scan).
        var low = Vector256.LoadUnsafe(ref scores) + Vector256.LoadUnsafe(ref column);
        var high = Vector256.LoadUnsafe(ref scores, 8) + Vector256.LoadUnsafe(ref column, 8);
        var last = Unsafe.Add(ref scores, L - 1) + Unsafe.Add(ref column, L - 1);
        var both = Vector256.MaxNative(low, high);
        var max = last;
        for (var i = 0; i < Vector256<float>.Count; i++)
        {
            var lane = both.GetElement(i);
            max = lane > max ? lane : max;
        }

        var target = Vector256.Create(max);
        var lowHits = Vector256.Equals(low, target).ExtractMostSignificantBits();
        if (lowHits != 0)
        {
            return System.Numerics.BitOperations.TrailingZeroCount(lowHits);
        }

        var highHits = Vector256.Equals(high, target).ExtractMostSignificantBits();
        return highHits != 0 ? 8 + System.Numerics.BitOperations.TrailingZeroCount(highHits) : L - 1;
    }

    /// <summary>The reference recursion: for each label, its allowed previous labels in ascending order.</summary>
    private static void ForwardScalar(ReadOnlySpan<float> emissions, int count, ReadOnlySpan<float> allowed, Span<float> lattice)
    {
        for (var y = 0; y < L; y++)
        {
            lattice[y] = allowed[(BilouLabel.Start * L) + y] + emissions[y];
        }

        for (var t = 1; t < count; t++)
        {
            var previous = lattice.Slice((t - 1) * L, L);
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                foreach (var p in s_previous[y])
                {
                    best = Math.Max(best, previous[p] + allowed[(p * L) + y]);
                }

                lattice[(t * L) + y] = best + emissions[(t * L) + y];
            }
        }
    }

    /// <summary>
    /// The same recursion with all 17 labels at once (8 + 8 lanes and one scalar). Forbidden
    /// transitions score -inf and never raise a maximum; a maximum is the same value whichever
    /// of equal scores supplies it (only the sign of a zero could differ, which no later sum or
    /// comparison can tell apart), so every score, and so every path, equals the scalar one.
    /// Rows are loaded unchecked: each slice holds 17 values, so the 8 + 8 lanes stay inside it.
    /// </summary>
    private static void ForwardVector(ReadOnlySpan<float> emissions, int count, ReadOnlySpan<float> allowed, Span<float> lattice)
    {
        for (var y = 0; y < L; y++)
        {
            lattice[y] = allowed[(BilouLabel.Start * L) + y] + emissions[y];
        }

        ref var weights = ref MemoryMarshal.GetReference(allowed);
        ref var scores = ref MemoryMarshal.GetReference(lattice);
        ref var emission = ref MemoryMarshal.GetReference(emissions);
        for (var t = 1; t < count; t++)
        {
            ref var previous = ref Unsafe.Add(ref scores, (t - 1) * L);
            var bestLow = Vector256.Create(float.NegativeInfinity);
            var bestHigh = bestLow;
            var bestLast = float.NegativeInfinity;
            for (var p = 0; p < L; p++)
            {
                var from = Unsafe.Add(ref previous, p);
                var broadcast = Vector256.Create(from);
                ref var row = ref Unsafe.Add(ref weights, p * L);
                bestLow = Vector256.MaxNative(bestLow, broadcast + Vector256.LoadUnsafe(ref row));
                bestHigh = Vector256.MaxNative(bestHigh, broadcast + Vector256.LoadUnsafe(ref row, 8));
                var last = from + Unsafe.Add(ref row, L - 1);
                bestLast = last > bestLast ? last : bestLast;
            }

            ref var token = ref Unsafe.Add(ref emission, t * L);
            ref var target = ref Unsafe.Add(ref scores, t * L);
            (bestLow + Vector256.LoadUnsafe(ref token)).StoreUnsafe(ref target);
            (bestHigh + Vector256.LoadUnsafe(ref token, 8)).StoreUnsafe(ref target, 8);
            Unsafe.Add(ref target, L - 1) = bestLast + Unsafe.Add(ref token, L - 1);
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
