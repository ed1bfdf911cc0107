using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging;

/// <summary>
/// Adding up weight rows of 17 labels into int sums, the one way every scorer does it (the
/// fused two-pass loop of <c>EntityTagger.SumKeys</c> aside, which keeps its sums in registers).
/// </summary>
internal static class WeightRows
{
    private const int L = BilouLabel.Count;

    /// <summary>
    /// Adds one int16 weight row to <paramref name="sums"/>: the first 16 labels with one widening
    /// load into two 256-bit integer vectors, the 17th on its own; label by label on hardware
    /// without 256-bit vectors.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(ReadOnlySpan<short> row, Span<int> sums)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var to = ref MemoryMarshal.GetReference(sums);
            var (low, high) = Vector256.Widen(Vector256.Create<short>(row));
            (Vector256.LoadUnsafe(ref to) + low).StoreUnsafe(ref to);
            (Vector256.LoadUnsafe(ref to, 8) + high).StoreUnsafe(ref to, 8);
            sums[L - 1] += row[L - 1];
            return;
        }

        for (var y = 0; y < L; y++)
        {
            sums[y] += row[y];
        }
    }

    /// <summary>Adds a row of cached int sums (<paramref name="row"/>, at least as long) to <paramref name="sums"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddSums(ReadOnlySpan<int> row, Span<int> sums)
    {
        var y = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var from = ref MemoryMarshal.GetReference(row);
            ref var to = ref MemoryMarshal.GetReference(sums);
            for (; y + 8 <= sums.Length; y += 8)
            {
                (Vector256.LoadUnsafe(ref to, (nuint)y) + Vector256.LoadUnsafe(ref from, (nuint)y)).StoreUnsafe(ref to, (nuint)y);
            }
        }

        for (; y < sums.Length; y++)
        {
            sums[y] += row[y];
        }
    }
}
