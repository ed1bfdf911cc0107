using EntityExtract.Evaluation;

namespace EntityExtract.Training;

/// <summary>
/// The training documents in file order, with case-changed copies added for casing robustness. A
/// seeded draw picks, per document, an upper-cased copy (fraction <see cref="TrainingOptions.CaseAugmentation"/>),
/// a lower-cased copy (the same fraction) or none. Each copy keeps its original's
/// <see cref="Groups"/> number so jackknifing puts both in the same fold. Silver-standard documents
/// (<see cref="TrainingOptions.SilverTrainFiles"/>) follow: a seeded draw keeps each with
/// probability <see cref="TrainingOptions.SilverFraction"/>, with no case-changed copies, and
/// their <see cref="Weights"/> entry is <see cref="TrainingOptions.SilverWeight"/> (1 for the others).
/// </summary>
internal sealed class TrainingDocuments
{
    private const int AugmentationSalt = 0x0CA5E;
    private const int SilverSalt = 0x5117E;

    public List<ConllDocument> Documents { get; } = [];

    /// <summary>Original document number of each entry of <see cref="Documents"/>.</summary>
    public List<int> Groups { get; } = [];

    /// <summary>Perceptron update scale of each entry of <see cref="Documents"/>.</summary>
    public List<float> Weights { get; } = [];

    /// <summary>Types its file does not annotate (bit per type, <see cref="TrainingSource.UnlabelledTypes"/>), per entry of <see cref="Documents"/>.</summary>
    public List<byte> Unlabelled { get; } = [];

    /// <summary><see cref="TrainingSource.DomainSalt"/> of each entry of <see cref="Documents"/> (0: no private feature copies).</summary>
    public List<ulong> Domains { get; } = [];

    public int GroupCount { get; private set; }

    public static TrainingDocuments Collect(IEnumerable<ConllCorpus> corpora, TrainingOptions options) =>
        Collect(corpora, [], options);

    public static TrainingDocuments Collect(IEnumerable<ConllCorpus> corpora, IEnumerable<ConllCorpus> silverCorpora, TrainingOptions options) =>
        Collect(corpora.Select(c => (c, new TrainingSource(c.Path, 1f, 0))), silverCorpora, options);

    /// <summary>As above, each gold corpus with its <see cref="TrainingSource"/> weight and unlabelled types.</summary>
    public static TrainingDocuments Collect(IEnumerable<(ConllCorpus Corpus, TrainingSource Source)> corpora, IEnumerable<ConllCorpus> silverCorpora, TrainingOptions options)
    {
        var result = new TrainingDocuments();
        var random = new Random(options.Seed ^ AugmentationSalt);
        foreach (var (corpus, source) in corpora)
        {
            foreach (var document in corpus.Documents)
            {
                var group = result.GroupCount++;
                result.Add(document, group, source.Weight, source.UnlabelledTypes, source.DomainSalt);
                var draw = random.NextDouble();
                if (draw < options.CaseAugmentation)
                {
                    result.Add(document.WithText(document.Text.ToUpperInvariant()), group, source.Weight, source.UnlabelledTypes, source.DomainSalt);
                }
                else if (draw < 2 * options.CaseAugmentation)
                {
                    result.Add(document.WithText(document.Text.ToLowerInvariant()), group, source.Weight, source.UnlabelledTypes, source.DomainSalt);
                }
            }
        }

        var silverRandom = new Random(options.Seed ^ SilverSalt);
        foreach (var corpus in silverCorpora)
        {
            foreach (var document in corpus.Documents)
            {
                if (silverRandom.NextDouble() < options.SilverFraction)
                {
                    result.Add(document, result.GroupCount++, options.SilverWeight);
                }
            }
        }

        return result;
    }

    private void Add(ConllDocument document, int group, float weight, byte unlabelled = 0, ulong domain = 0)
    {
        Domains.Add(domain);
        Documents.Add(document);
        Groups.Add(group);
        Weights.Add(weight);
        Unlabelled.Add(unlabelled);
    }
}
