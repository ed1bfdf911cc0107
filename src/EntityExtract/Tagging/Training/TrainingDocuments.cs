using EntityExtract.Evaluation;

namespace EntityExtract.Tagging.Training;

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

    public int GroupCount { get; private set; }

    public static TrainingDocuments Collect(IEnumerable<ConllCorpus> corpora, TrainingOptions options)
    {
        var result = new TrainingDocuments();
        var random = new Random(options.Seed ^ AugmentationSalt);
        foreach (var corpus in corpora)
        {
            foreach (var document in corpus.Documents)
            {
                var group = result.GroupCount++;
                result.Add(document, group);
                var draw = random.NextDouble();
                if (draw < options.CaseAugmentation)
                {
                    result.Add(document.WithText(document.Text.ToUpperInvariant()), group);
                }
                else if (draw < 2 * options.CaseAugmentation)
                {
                    result.Add(document.WithText(document.Text.ToLowerInvariant()), group);
                }
            }
        }

        return result;
    }

    private void Add(ConllDocument document, int group)
    {
        Documents.Add(document);
        Groups.Add(group);
    }
}
