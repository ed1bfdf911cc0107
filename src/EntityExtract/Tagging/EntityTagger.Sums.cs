using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using EntityExtract.Tagging.Features;

namespace EntityExtract.Tagging;

/// <summary>Summing weight rows: the probes of a token's keys and the cached rows added to them.</summary>
public sealed partial class EntityTagger
{
    /// <summary>Adds both passes' rows of the emitted keys whose role is in <paramref name="roles"/> to <paramref name="both"/> (first pass, then second).</summary>
    private void SumKeys(KeyRoles roles, FeatureScratch scratch, Span<int> both)
    {
        var keys = scratch.Keys;
        var keyRoles = scratch.Roles;
        var index = _passIndex!;
        if (!Vector256.IsHardwareAccelerated)
        {
            for (var k = 0; k < scratch.KeyCount; k++)
            {
                if (roles.Has(keyRoles[k]))
                {
                    var row = index.Find(keys[k], out var firstRow);
                    if (firstRow >= 0)
                    {
                        AddRow(FirstPass!.Weights.AsSpan(firstRow * L, L), both[..L]);
                    }

                    if (row >= 0)
                    {
                        AddRow(Weights.AsSpan(row * L, L), both[L..]);
                    }
                }
            }

            return;
        }

        ref var firstWeights = ref MemoryMarshal.GetArrayDataReference(FirstPass!.Weights);
        ref var secondWeights = ref MemoryMarshal.GetArrayDataReference(Weights);

        // Written out with six accumulators, the first pass in low1/high1/last1 and the second in
        // low2/high2/last2: the JIT keeps them in registers only this way.
        var low1 = Vector256<int>.Zero;
        var high1 = Vector256<int>.Zero;
        var last1 = 0;
        var low2 = Vector256<int>.Zero;
        var high2 = Vector256<int>.Zero;
        var last2 = 0;
        for (var k = 0; k < scratch.KeyCount; k++)
        {
            if (!roles.Has(keyRoles[k]))
            {
                continue;
            }

            var row = index.Find(keys[k], out var firstRow);
            if (firstRow >= 0)
            {
                ref var w = ref Unsafe.Add(ref firstWeights, firstRow * L);
                var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref w));
                low1 += lo;
                high1 += hi;
                last1 += Unsafe.Add(ref w, L - 1);
            }

            if (row >= 0)
            {
                ref var w = ref Unsafe.Add(ref secondWeights, row * L);
                var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref w));
                low2 += lo;
                high2 += hi;
                last2 += Unsafe.Add(ref w, L - 1);
            }
        }

        ref var sums = ref MemoryMarshal.GetReference(both);
        (Vector256.LoadUnsafe(ref sums) + low1).StoreUnsafe(ref sums);
        (Vector256.LoadUnsafe(ref sums, 8) + high1).StoreUnsafe(ref sums, 8);
        both[L - 1] += last1;
        (Vector256.LoadUnsafe(ref sums, L) + low2).StoreUnsafe(ref sums, L);
        (Vector256.LoadUnsafe(ref sums, L + 8) + high2).StoreUnsafe(ref sums, L + 8);
        both[(2 * L) - 1] += last2;
    }

    /// <summary>Adds one cached row of <see cref="WordSumCache.Stride"/> sums to <paramref name="both"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddSums(ReadOnlySpan<int> row, Span<int> both)
    {
        var y = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var from = ref MemoryMarshal.GetReference(row);
            ref var to = ref MemoryMarshal.GetReference(both);
            for (; y + 8 <= both.Length; y += 8)
            {
                (Vector256.LoadUnsafe(ref to, (nuint)y) + Vector256.LoadUnsafe(ref from, (nuint)y)).StoreUnsafe(ref to, (nuint)y);
            }
        }

        for (; y < both.Length; y++)
        {
            both[y] += row[y];
        }
    }

    private static void AddRow(ReadOnlySpan<short> weights, Span<int> sums)
    {
        for (var y = 0; y < L; y++)
        {
            sums[y] += weights[y];
        }
    }
}
