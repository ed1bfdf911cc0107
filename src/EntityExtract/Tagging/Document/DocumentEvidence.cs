using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Tagging.Document;

/// <summary>
/// Non-local evidence for the second pass: for every word of a document (lower-cased hash, kept
/// apart for capitalised and lower-case forms so that "april" or "said" never inherit what
/// "April" or "Said" the name got: <see cref="WordKey"/>), how often the first pass put it in each
/// entity type or outside, and the longest multi-token name containing it. Words are counted over the whole document, the token's own occurrence
/// included, so training (on jackknifed first-pass labels) and tagging see the same statistic.
/// </summary>
internal static class DocumentEvidence
{
    private const int Outcomes = EntityTypes.Count + 1;

    /// <summary>Marks the key of a word whose first letter (after an Arabic particle) is a capital.</summary>
    private const ulong CapitalisedSalt = 0x9E3779B97F4A7C15UL;

    /// <summary>The evidence key of a word: its particle-less lower-cased hash <paramref name="stem"/>, apart for capitalised forms.</summary>
    public static ulong WordKey(ReadOnlySpan<char> word, ulong stem)
    {
        var particle = ArabicParticle.PrefixLength(word);
        return particle < word.Length && char.IsUpper(word[particle]) ? stem ^ CapitalisedSalt : stem;
    }

    /// <param name="words"><see cref="WordKey"/> of each token of the document.</param>
    /// <param name="labels">First-pass label of each token.</param>
    /// <param name="hints">Receives the packed <see cref="DocumentHint"/> of each token.</param>
    public static void Compute(ReadOnlySpan<ulong> words, ReadOnlySpan<byte> labels, Span<uint> hints, DocumentScratch scratch)
    {
        var count = words.Length;
        scratch.Reset(count);
        for (var t = 0; t < count; t++)
        {
            var slot = scratch.Slot(words[t]);
            var type = BilouLabel.TypeOf(labels[t]);
            scratch.Counts[(slot * Outcomes) + (type < 0 ? EntityTypes.Count : type)]++;
        }

        MarkLongerNames(words, labels, scratch);
        for (var t = 0; t < count; t++)
        {
            var slot = scratch.Slot(words[t]);
            var counts = scratch.Counts.AsSpan(slot * Outcomes, Outcomes);
            var majority = EntityTypes.Count;
            var entity = -1;
            for (var y = 0; y < EntityTypes.Count; y++)
            {
                if (counts[y] > 0 && (entity < 0 || counts[y] > counts[entity]))
                {
                    entity = y;
                }
            }

            if (entity >= 0 && counts[entity] >= counts[EntityTypes.Count])
            {
                majority = entity;
            }

            var longer = scratch.Longer[slot];
            hints[t] = DocumentHint.Pack(labels[t] + 1, majority + 1, entity + 1, longer & 7, longer >> 3);
        }
    }

    /// <summary>Records, per word, the type and position of the longest first-pass name of two or more tokens that contains it.</summary>
    private static void MarkLongerNames(ReadOnlySpan<ulong> words, ReadOnlySpan<byte> labels, DocumentScratch scratch)
    {
        var start = -1;
        for (var t = 0; t < labels.Length; t++)
        {
            int label = labels[t];
            if (label == BilouLabel.Outside)
            {
                start = -1;
                continue;
            }

            var position = BilouLabel.PositionOf(label);
            if (position == BilouPosition.Begin)
            {
                start = t;
            }
            else if (position == BilouPosition.Last && start >= 0)
            {
                var length = t - start + 1;
                var type = BilouLabel.TypeOf(label) + 1;
                for (var k = start; k <= t; k++)
                {
                    var slot = scratch.Slot(words[k]);
                    if (length > scratch.LongerLength[slot])
                    {
                        var where = k == start ? 0 : k == t ? 2 : 1;
                        scratch.LongerLength[slot] = (byte)Math.Min(length, 255);
                        scratch.Longer[slot] = (byte)(type | (where << 3));
                    }
                }

                start = -1;
            }
        }
    }
}
