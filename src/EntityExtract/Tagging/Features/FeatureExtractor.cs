using EntityExtract.Text.Tokenization;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Tagging.Features;

/// <summary>
/// Turns the tokens of one sentence into hashed feature keys. The same code runs when training
/// (on CoNLL documents rebuilt as text) and when tagging, so features cannot drift apart. Nothing
/// is allocated per token: keys land in <see cref="FeatureScratch"/>, token <c>i</c> owning
/// <c>Keys[Offsets[i]..Offsets[i + 1]]</c>.
/// </summary>
internal sealed partial class FeatureExtractor
{
    public FeatureExtractor(Gazetteer? gazetteer, ClusterTable? clusters)
    {
        Gazetteer = gazetteer;
        Clusters = clusters;
    }

    public Gazetteer? Gazetteer { get; }

    public ClusterTable? Clusters { get; }

    /// <param name="text">The document text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens only.</param>
    /// <param name="useDocumentHints">Whether <see cref="FeatureScratch.DocumentHints"/> holds second-pass hints for these tokens.</param>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, FeatureScratch scratch, bool useDocumentHints)
    {
        var headline = Describe(text, tokens, scratch);
        scratch.EmitRoles = KeyRoles.All;
        scratch.KeyCount = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            scratch.Offsets[i] = scratch.KeyCount;
            EmitToken(text, tokens, i, headline, scratch, useDocumentHints);
        }

        scratch.Offsets[tokens.Length] = scratch.KeyCount;
    }

    /// <summary>
    /// Fills <see cref="FeatureScratch.Infos"/> and the gazetteer matches of a sentence: what
    /// <see cref="EmitToken"/> needs before it can emit any key. With a <paramref name="words"/>
    /// cache, each token's word is resolved there once (its entry written to
    /// <paramref name="entries"/>) and a word already described is copied, not analysed again.
    /// </summary>
    /// <returns>Whether the sentence is an all-capitals headline.</returns>
    public bool Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, FeatureScratch scratch, WordSumCache? words = null, Span<int> entries = default)
    {
        var count = tokens.Length;
        scratch.EnsureTokens(count);
        var infos = scratch.Infos.AsSpan(0, count);
        var headline = true;
        var anyLetters = false;
        for (var i = 0; i < count; i++)
        {
            var word = tokens[i].Slice(text);
            ref var info = ref infos[i];
            var hash = FeatureHash.Chars(word);
            var lower = FeatureHash.LowerChars(word);
            if (words is null)
            {
                DescribeWord(word, hash, lower, ref info);
            }
            else
            {
                var entry = words.Resolve(hash, lower);
                entries[i] = entry;
                if (!words.TryCopyInfo(entry, ref info))
                {
                    DescribeWord(word, hash, lower, ref info);
                    words.SetInfo(entry, info);
                }
            }

            if ((info.Flags & TokenFlags.HasLower) != 0)
            {
                headline = false;
            }

            anyLetters |= (info.Flags & TokenFlags.HasLetter) != 0;
        }

        MatchGazetteer(count, scratch);
        return headline && anyLetters;
    }

    /// <summary>Everything <see cref="TokenInfo"/> holds, which depends on the word's characters alone.</summary>
    private void DescribeWord(ReadOnlySpan<char> word, ulong hash, ulong lower, ref TokenInfo info)
    {
        info.Word = hash;
        info.Lower = lower;
        WordShape.Analyze(word, out info.Shape, out info.ShortShape, out info.Flags);
        var particle = ArabicParticle.PrefixLength(word);
        info.HasParticle = particle > 0;
        info.Stem = particle > 0 ? FeatureHash.LowerChars(word[particle..]) : lower;
        info.ClusterLength = 0;
        if (Clusters is not null && (Clusters.TryFind(hash, lower, out var path, out var length)
            || (particle > 0 && Clusters.TryFind(FeatureHash.Chars(word[particle..]), info.Stem, out path, out length))))
        {
            info.ClusterBits = path;
            info.ClusterLength = length;
        }
    }
}
