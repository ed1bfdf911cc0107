using EntityExtract.Text.Tokenization;

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
    /// <see cref="EmitToken"/> needs before it can emit any key.
    /// </summary>
    /// <returns>Whether the sentence is an all-capitals headline.</returns>
    public bool Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, FeatureScratch scratch)
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
            info.Word = FeatureHash.Chars(word);
            info.Lower = FeatureHash.LowerChars(word);
            WordShape.Analyze(word, out info.Shape, out info.ShortShape, out info.Flags);
            if ((info.Flags & TokenFlags.HasLower) != 0)
            {
                headline = false;
            }

            anyLetters |= (info.Flags & TokenFlags.HasLetter) != 0;
            var particle = ArabicParticle.PrefixLength(word);
            info.HasParticle = particle > 0;
            info.Stem = particle > 0 ? FeatureHash.LowerChars(word[particle..]) : info.Lower;
            info.ClusterLength = 0;
            if (Clusters is not null && (Clusters.TryFind(info.Word, info.Lower, out var path, out var length)
                || (particle > 0 && Clusters.TryFind(FeatureHash.Chars(word[particle..]), info.Stem, out path, out length))))
            {
                info.ClusterBits = path;
                info.ClusterLength = length;
            }
        }

        MatchGazetteer(count, scratch);
        return headline && anyLetters;
    }
}
