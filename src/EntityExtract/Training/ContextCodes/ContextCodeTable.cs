using EntityExtract.Evaluation;
using EntityExtract.Tagging.Contextual;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Training.ContextCodes;

/// <summary>
/// The contextual codes of every training and dev document, and the quantiser that made them.
/// Looked up by the document's token array, which case-changed copies share with their original:
/// the encoder is uncased, so a copy's vectors are its original's.
/// </summary>
internal sealed class ContextCodeTable
{
    /// <summary>Tokens drawn for k-means (all tokens when fewer).</summary>
    private const int SampleTokens = 60_000;

    private const int Rounds = 10;

    private readonly Dictionary<Token[], int[]> _codes = new(ReferenceEqualityComparer.Instance);

    private ContextCodeTable(ContextQuantizer quantizer)
    {
        Quantizer = quantizer;
    }

    public ContextQuantizer Quantizer { get; }

    public int Groups => Quantizer.Groups;

    /// <summary>The codes of <paramref name="document"/> (or of the original it is a copy of); null when it has none.</summary>
    public int[]? Of(ConllDocument document) => _codes.GetValueOrDefault(document.Tokens);

    /// <summary>
    /// Encodes (or reads from <paramref name="cacheDirectory"/>) the vectors of every corpus, fits
    /// k-means at each size of <paramref name="groupSizes"/> on a seeded sample of the training
    /// corpora's tokens, and codes every document.
    /// </summary>
    public static ContextCodeTable Build(IReadOnlyList<ConllCorpus> train, ConllCorpus dev, string cacheDirectory, IReadOnlyList<int> groupSizes, int seed,
        Func<ContextEncoder> encoder, Action<string> report, CancellationToken ct)
    {
        const int dimensions = ContextEncoder.Dimensions;
        var trainVectors = train.Select(c => VectorCache.Vectors(c, cacheDirectory, encoder, report, ct)).ToList();
        var devVectors = VectorCache.Vectors(dev, cacheDirectory, encoder, report, ct);

        report("fitting k-means to the contextual vectors");
        var all = trainVectors.SelectMany(v => v).ToList();
        var total = all.Sum(v => v.Length / dimensions);
        var picks = Enumerable.Range(0, total).ToArray();
        new Random(seed).Shuffle(picks);
        var count = Math.Min(SampleTokens, total);
        Array.Sort(picks, 0, count);
        var sample = new float[count * dimensions];
        var pick = 0;
        var offset = 0;
        foreach (var document in all)
        {
            var tokens = document.Length / dimensions;
            while (pick < count && picks[pick] < offset + tokens)
            {
                var row = document.AsSpan((picks[pick] - offset) * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    sample[(pick * dimensions) + d] = (float)row[d];
                }

                pick++;
            }

            offset += tokens;
        }

        var centroids = groupSizes.Select((k, g) => KMeans.Fit(sample, dimensions, k, Rounds, seed + g, ct)).ToArray();
        var table = new ContextCodeTable(new ContextQuantizer(dimensions, centroids));
        report("coding the training and dev documents");
        for (var c = 0; c < train.Count; c++)
        {
            table.Add(train[c].Documents, trainVectors[c], ct);
        }

        table.Add(dev.Documents, devVectors, ct);
        return table;
    }

    private void Add(IReadOnlyList<ConllDocument> documents, Half[][] vectors, CancellationToken ct)
    {
        var codes = new int[documents.Count][];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = ct }, d =>
        {
            var groups = Quantizer.Groups;
            var tokens = documents[d].Tokens.Length;
            var result = new int[tokens * groups];
            var vector = new float[ContextEncoder.Dimensions];
            for (var t = 0; t < tokens; t++)
            {
                var row = vectors[d].AsSpan(t * vector.Length, vector.Length);
                for (var i = 0; i < vector.Length; i++)
                {
                    vector[i] = (float)row[i];
                }

                Quantizer.Quantize(vector, result.AsSpan(t * groups, groups));
            }

            codes[d] = result;
        });
        for (var d = 0; d < documents.Count; d++)
        {
            _codes[documents[d].Tokens] = codes[d];
        }
    }
}
