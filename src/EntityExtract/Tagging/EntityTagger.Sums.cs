using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using EntityExtract.Tagging.Features;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tagging;

/// <summary>Summing weight rows: the probes of a token's keys and the cached rows added to them.</summary>
public sealed partial class EntityTagger
{
    /// <summary>Adds both passes' rows of the emitted keys whose role is in <paramref name="roles"/> to <paramref name="both"/> (first pass, then second).</summary>
    private void SumKeys(KeyRoles roles, FeatureScratch scratch, Span<int> both)
    {
        var keys = scratch.Keys;
        var keyRoles = scratch.Roles;
        var index = FeatureIndex;
        if (!Vector256.IsHardwareAccelerated)
        {
            for (var k = 0; k < scratch.KeyCount; k++)
            {
                if (roles.Has(keyRoles[k]))
                {
                    var row = index.Find(keys[k], out var firstRow);
                    if (firstRow >= 0)
                    {
                        WeightRows.Add(FirstPass!.Weights.Span.Slice(firstRow * L, L), both[..L]);
                    }

                    if (row >= 0)
                    {
                        WeightRows.Add(Weights.Span.Slice(row * L, L), both[L..]);
                    }
                }
            }

            return;
        }

        ref var firstWeights = ref FirstPass!.Weights.Start;
        ref var secondWeights = ref Weights.Start;

        // Written out with six accumulators, the first pass in low1/high1/last1 and the second in
        // low2/high2/last2, rather than through WeightRows.Add: the JIT keeps them in registers
        // only this way, and this loop is where a two-pass model spends its time.
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

    // First-pass scoring of a two-pass model through the per-word sum cache.
    /// <summary>
    /// First-pass emissions of a window into <c>workspace.Lattice</c>, and the second-pass sums of
    /// the same keys into <c>workspace.DocumentTokens</c> from token <paramref name="first"/> of the
    /// document on. Most of a token's keys depend on one word each (<see cref="KeyRole"/>); their
    /// sums come from the per-word cache (<see cref="WordSumCache"/>), so a token's keys are only
    /// hashed and probed for its context and for roles the cache does not hold yet.
    /// </summary>
    private void ScoreBothPasses(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, TaggerWorkspace workspace)
    {
        var scratch = workspace.Features;
        var cache = workspace.WordSums;
        cache.Use(this);
        workspace.SetWindowCodes(first);
        Span<int> words = stackalloc int[tokens.Length];
        var headline = Features.Describe(text, tokens, scratch, cache, words);
        var firstScale = FirstPass!.WeightScale;
        Span<int> entries = stackalloc int[WordSumCache.Roles];
        Span<int> both = stackalloc int[WordSumCache.Stride];
        for (var t = 0; t < tokens.Length; t++)
        {
            var missing = ResolveRoles(t, words, scratch, cache, entries, out var held);
            scratch.KeyCount = 0;
            if (held)
            {
                scratch.EmitRoles = missing.With(KeyRole.Context);
                Features.EmitToken(text, tokens, t, headline, scratch, useDocumentHints: false);
                FillRoles(missing, entries, scratch, cache);
                SumToken(entries, scratch, cache, both);
            }
            else
            {
                // Two of the token's words took the same cache entry: sum its keys one by one.
                scratch.EmitRoles = KeyRoles.All;
                Features.EmitToken(text, tokens, t, headline, scratch, useDocumentHints: false);
                both.Clear();
                SumKeys(KeyRoles.All, scratch, both);
            }

            workspace.Lattice.SetEmissions(t, both[..L], firstScale);
            both[L..].CopyTo(workspace.DocumentTokens.SecondPassSums(first + t));
        }
    }

    /// <summary>
    /// The cache entry of each role's word for token <paramref name="t"/> (by role, from
    /// <see cref="KeyRole.Self"/>), and the roles whose sums are not cached yet. A word whose entry
    /// (in <paramref name="words"/>, by token) was since taken by another word is resolved again;
    /// <paramref name="held"/> is false when that in turn took an entry still needed.
    /// </summary>
    private static KeyRoles ResolveRoles(int t, Span<int> words, FeatureScratch scratch, WordSumCache cache, Span<int> entries, out bool held)
    {
        var infos = scratch.Infos;
        var missing = KeyRoles.None;
        var resolved = false;
        for (var role = KeyRole.Self; role <= KeyRole.Next2; role++)
        {
            var neighbour = t + RoleDistance(role);
            var entry = cache.Boundary;
            if ((uint)neighbour < (uint)words.Length)
            {
                entry = words[neighbour];
                if (!cache.Holds(entry, infos[neighbour].Word, infos[neighbour].Lower))
                {
                    entry = words[neighbour] = cache.Resolve(infos[neighbour].Word, infos[neighbour].Lower);
                    resolved = true;
                }
            }

            entries[role - KeyRole.Self] = entry;
            if (!cache.IsFilled(entry, role))
            {
                missing = missing.With(role);
            }
        }

        // Only a Resolve can take an entry from another word.
        held = true;
        for (var role = KeyRole.Self; resolved && role <= KeyRole.Next2; role++)
        {
            var neighbour = t + RoleDistance(role);
            if ((uint)neighbour < (uint)words.Length && !cache.Holds(entries[role - KeyRole.Self], infos[neighbour].Word, infos[neighbour].Lower))
            {
                held = false;
            }
        }

        return missing;
    }

    /// <summary>How far from the token the word of a role's keys is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RoleDistance(KeyRole role) => (sbyte)RoleDistances[(int)role];

    /// <summary><see cref="RoleDistance"/> by role, from <see cref="KeyRole.Context"/>: 0, 0, -1, +1, -2, +2.</summary>
    private static ReadOnlySpan<byte> RoleDistances => [0, 0, 0xFF, 1, 0xFE, 2];

    /// <summary>Caches the sums of the token's keys (just emitted) for each role in <paramref name="missing"/>.</summary>
    private void FillRoles(KeyRoles missing, ReadOnlySpan<int> entries, FeatureScratch scratch, WordSumCache cache)
    {
        for (var role = KeyRole.Self; role <= KeyRole.Next2; role++)
        {
            if (!missing.Has(role))
            {
                continue;
            }

            var entry = entries[role - KeyRole.Self];
            var sums = cache.Sums.AsSpan(WordSumCache.Offset(entry, role), WordSumCache.Stride);
            sums.Clear();
            SumKeys(KeyRoles.None.With(role), scratch, sums);
            cache.MarkFilled(entry, role);
        }
    }

    /// <summary>
    /// Both passes' sums (first pass in <c>both[..17]</c>, second in <c>both[17..]</c>) of the
    /// token whose keys were just emitted: its context keys probed one by one plus the cached sums
    /// of its five role words.
    /// </summary>
    private void SumToken(ReadOnlySpan<int> entries, FeatureScratch scratch, WordSumCache cache, Span<int> both)
    {
        both.Clear();
        SumKeys(KeyRoles.None.With(KeyRole.Context), scratch, both);
        for (var role = KeyRole.Self; role <= KeyRole.Next2; role++)
        {
            WeightRows.AddSums(cache.Sums.AsSpan(WordSumCache.Offset(entries[role - KeyRole.Self], role), WordSumCache.Stride), both);
        }
    }
}
