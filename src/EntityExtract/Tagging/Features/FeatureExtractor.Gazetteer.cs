using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Features;

internal sealed partial class FeatureExtractor
{
    /// <summary>
    /// Finds gazetteer matches: first every (start, length) mask, then, list by list, a greedy
    /// longest-match pass from left to right that records each token's B/I/L/U position in a match.
    /// </summary>
    private void MatchGazetteer(int count, FeatureScratch scratch)
    {
        var positions = scratch.ListPositions.AsSpan(0, count * Gazetteer.MaxLists);
        positions.Clear();
        if (Gazetteer is null)
        {
            return;
        }

        const int Max = Gazetteer.MaxEntryTokens;
        var matches = scratch.Matches.AsSpan(0, count * Max);
        matches.Clear();
        var infos = scratch.Infos;

        // Per start, the lists matched at any length: most starts match none, and MarkList skips them.
        var starts = scratch.StartMasks.AsSpan(0, count);
        starts.Clear();
        var masks = scratch.ListMasks.AsSpan(0, count);
        masks.Clear();
        var anyMatch = 0u;
        for (var start = 0; start < count; start++)
        {
            var sequence = Gazetteer.EmptySequence;
            for (var length = 1; length <= Max && start + length <= count; length++)
            {
                // A particle-prefixed name matches the list entry of its stem ("al-Qaeda" → "Qaeda").
                sequence = FeatureHash.Extend(sequence, infos[start + length - 1].Stem);
                var mask = Gazetteer.Lookup(sequence);
                if (mask == 0)
                {
                    break;
                }

                matches[(start * Max) + length - 1] = mask & ~Gazetteer.PrefixBit;
                starts[start] |= mask & ~Gazetteer.PrefixBit;
                anyMatch |= mask & ~Gazetteer.PrefixBit;
            }
        }

        var lists = anyMatch;
        while (lists != 0)
        {
            var list = System.Numerics.BitOperations.TrailingZeroCount(lists);
            lists &= lists - 1;
            MarkList(list, count, matches, starts, positions, masks);
        }
    }

    private static void MarkList(int list, int count, ReadOnlySpan<uint> matches, ReadOnlySpan<uint> starts, Span<byte> positions, Span<uint> masks)
    {
        const int Max = Gazetteer.MaxEntryTokens;
        var bit = 1u << list;
        var start = 0;
        while (start < count)
        {
            if ((starts[start] & bit) == 0)
            {
                start++;
                continue;
            }

            var best = 0;
            for (var length = Math.Min(Max, count - start); length > 0; length--)
            {
                if ((matches[(start * Max) + length - 1] & bit) != 0)
                {
                    best = length;
                    break;
                }
            }

            if (best == 0)
            {
                start++;
                continue;
            }

            for (var k = 0; k < best; k++)
            {
                var position = best == 1 ? BilouPosition.Unit
                    : k == 0 ? BilouPosition.Begin
                    : k == best - 1 ? BilouPosition.Last
                    : BilouPosition.Inside;
                positions[((start + k) * Gazetteer.MaxLists) + list] = (byte)(1 + (int)position);
                masks[start + k] |= bit;
            }

            start += best;
        }
    }
}
