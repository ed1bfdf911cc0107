using EntityExtract.Evaluation;

namespace EntityExtract.Training;

/// <summary>
/// The training documents in file order, with case-changed copies added for casing robustness. A
/// seeded draw picks, per document, an upper-cased copy (fraction <see cref="TrainingOptions.CaseAugmentation"/>),
/// a lower-cased copy (the same fraction) or none. Each copy keeps its original's
/// <see cref="Groups"/> number so jackknifing puts both in the same fold.
/// </summary>
internal sealed class TrainingDocuments
{
    private const int AugmentationSalt = 0x0CA5E;

    public List<ConllDocument> Documents { get; } = [];

    /// <summary>Original document number of each entry of <see cref="Documents"/>.</summary>
    public List<int> Groups { get; } = [];

    /// <summary>Perceptron update scale of each entry of <see cref="Documents"/>.</summary>
    public List<float> Weights { get; } = [];

    /// <summary>Types its file does not annotate (bit per type, <see cref="TrainingSource.UnlabelledTypes"/>), per entry of <see cref="Documents"/>.</summary>
    public List<byte> Unlabelled { get; } = [];

    public int GroupCount { get; private set; }

    public static TrainingDocuments Collect(IEnumerable<ConllCorpus> corpora, TrainingOptions options) =>
        Collect(corpora.Select(c => (c, new TrainingSource(c.Path, 1f, 0))), options);

    /// <summary>As above, each gold corpus with its <see cref="TrainingSource"/> weight and unlabelled types.</summary>
    public static TrainingDocuments Collect(IEnumerable<(ConllCorpus Corpus, TrainingSource Source)> corpora, TrainingOptions options)
    {
        var result = new TrainingDocuments();
        var random = new Random(options.Seed ^ AugmentationSalt);
        foreach (var (corpus, source) in corpora)
        {
            foreach (var document in corpus.Documents)
            {
                var group = result.GroupCount++;
                result.Add(document, group, source.Weight, source.UnlabelledTypes);
                var draw = random.NextDouble();
                if (draw < options.CaseAugmentation)
                {
                    result.Add(document.WithText(document.Text.ToUpperInvariant()), group, source.Weight, source.UnlabelledTypes);
                }
                else if (draw < 2 * options.CaseAugmentation)
                {
                    result.Add(document.WithText(document.Text.ToLowerInvariant()), group, source.Weight, source.UnlabelledTypes);
                }
            }
        }

        return result;
    }

    private void Add(ConllDocument document, int group, float weight, byte unlabelled)
    {
        Documents.Add(document);
        Groups.Add(group);
        Weights.Add(weight);
        Unlabelled.Add(unlabelled);
    }
}
