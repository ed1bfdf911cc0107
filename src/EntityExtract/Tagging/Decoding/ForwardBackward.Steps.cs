using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EntityExtract.Tagging.Decoding;

/// <summary>One step of each recursion: label by label (the reference), and all labels at once.</summary>
internal static partial class ForwardBackward
{
    /// <summary>next[y] = Σ previous[p] · potential(p → y), over the allowed p in ascending order.</summary>
    internal static void ForwardStep(ReadOnlySpan<double> previous, ReadOnlySpan<float> transitions, Span<double> next)
    {
        for (var y = 0; y < L; y++)
        {
            var total = 0.0;
            foreach (var p in Viterbi.Previous[y])
            {
                total += previous[p] * transitions[(p * L) + y];
            }

            next[y] = total;
        }
    }

    /// <summary>
    /// <see cref="ForwardStep(ReadOnlySpan{double}, ReadOnlySpan{float}, Span{double})"/> for all
    /// labels at once (4 × 4 lanes and one scalar). Every lane adds the same products in the same
    /// order; a forbidden transition's potential is 0, and adding +0 to a non-negative sum leaves
    /// it bit for bit unchanged, so the results are identical.
    /// </summary>
    internal static void ForwardStep(ReadOnlySpan<double> previous, ReadOnlySpan<double> forward, Span<double> next)
    {
        var sum0 = Vector256<double>.Zero;
        var sum1 = Vector256<double>.Zero;
        var sum2 = Vector256<double>.Zero;
        var sum3 = Vector256<double>.Zero;
        var sum16 = 0.0;
        ref var weights = ref MemoryMarshal.GetReference(forward);
        for (var p = 0; p < L; p++)
        {
            var from = previous[p];
            var broadcast = Vector256.Create(from);
            ref var row = ref Unsafe.Add(ref weights, p * L);
            sum0 += broadcast * Vector256.LoadUnsafe(ref row);
            sum1 += broadcast * Vector256.LoadUnsafe(ref row, 4);
            sum2 += broadcast * Vector256.LoadUnsafe(ref row, 8);
            sum3 += broadcast * Vector256.LoadUnsafe(ref row, 12);
            sum16 += from * Unsafe.Add(ref row, 16);
        }

        ref var target = ref MemoryMarshal.GetReference(next);
        sum0.StoreUnsafe(ref target);
        sum1.StoreUnsafe(ref target, 4);
        sum2.StoreUnsafe(ref target, 8);
        sum3.StoreUnsafe(ref target, 12);
        next[16] = sum16;
    }

    /// <summary>row[p] = Σ potential(p → y) · exp[y] · next[y], over the allowed y in ascending order.</summary>
    internal static void BackwardStep(ReadOnlySpan<double> expEmissions, ReadOnlySpan<double> next, ReadOnlySpan<float> transitions, Span<double> row)
    {
        for (var p = 0; p < L; p++)
        {
            var total = 0.0;
            foreach (var y in Viterbi.Next[p])
            {
                total += transitions[(p * L) + y] * expEmissions[y] * next[y];
            }

            row[p] = total;
        }
    }

    /// <summary>
    /// <see cref="BackwardStep(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{float}, Span{double})"/>
    /// for all previous labels at once, with the same products in the same order in every lane.
    /// </summary>
    internal static void BackwardStep(ReadOnlySpan<double> expEmissions, ReadOnlySpan<double> next, ReadOnlySpan<double> backward, Span<double> row)
    {
        var sum0 = Vector256<double>.Zero;
        var sum1 = Vector256<double>.Zero;
        var sum2 = Vector256<double>.Zero;
        var sum3 = Vector256<double>.Zero;
        var sum16 = 0.0;
        ref var weights = ref MemoryMarshal.GetReference(backward);
        for (var y = 0; y < L; y++)
        {
            var e = expEmissions[y];
            var b = next[y];
            var eb = Vector256.Create(e);
            var bb = Vector256.Create(b);
            ref var column = ref Unsafe.Add(ref weights, y * L);
            sum0 += Vector256.LoadUnsafe(ref column) * eb * bb;
            sum1 += Vector256.LoadUnsafe(ref column, 4) * eb * bb;
            sum2 += Vector256.LoadUnsafe(ref column, 8) * eb * bb;
            sum3 += Vector256.LoadUnsafe(ref column, 12) * eb * bb;
            sum16 += Unsafe.Add(ref column, 16) * e * b;
        }

        ref var target = ref MemoryMarshal.GetReference(row);
        sum0.StoreUnsafe(ref target);
        sum1.StoreUnsafe(ref target, 4);
        sum2.StoreUnsafe(ref target, 8);
        sum3.StoreUnsafe(ref target, 12);
        row[16] = sum16;
    }
}
