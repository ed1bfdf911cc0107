using EntityExtract.Evaluation;
using EntityExtract.Tagging.Features;

namespace EntityExtract.Training;

/// <summary>Hashed feature keys of a corpus before they are numbered (see <see cref="TrainingSet"/>).</summary>
internal sealed class RawFeatures
{
    public List<ulong> Keys { get; } = [];

    public List<int> TokenOffsets { get; } = [0];

    public List<byte> Labels { get; } = [];

    public List<ConllTag> GoldTags { get; } = [];

    public List<int> SentenceStarts { get; } = [0];

    /// <summary>Perceptron update scale of each sentence.</summary>
    public List<float> SentenceWeights { get; } = [];

    /// <summary>Types the sentence's file does not annotate (bit per type) of each sentence.</summary>
    public List<byte> SentenceUnlabelled { get; } = [];

    public void AddSentence(FeatureScratch scratch, int count, ReadOnlySpan<byte> labels, ReadOnlySpan<ConllTag> tags, float weight = 1f, byte unlabelled = 0)
    {
        for (var t = 0; t < count; t++)
        {
            for (var k = scratch.Offsets[t]; k < scratch.Offsets[t + 1]; k++)
            {
                Keys.Add(scratch.Keys[k]);
            }

            TokenOffsets.Add(Keys.Count);
            Labels.Add(labels[t]);
            GoldTags.Add(tags[t]);
        }

        SentenceStarts.Add(Labels.Count);
        SentenceWeights.Add(weight);
        SentenceUnlabelled.Add(unlabelled);
    }
}
