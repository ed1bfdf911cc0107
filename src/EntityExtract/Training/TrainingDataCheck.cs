using EntityExtract.Evaluation;

namespace EntityExtract.Training;

/// <summary>
/// Refuses data no model can be learnt from: a training or dev file that is empty, blank or
/// <c>-DOCSTART-</c> lines only gave a model that finds nothing, and the run still said it worked.
/// </summary>
internal static class TrainingDataCheck
{
    /// <summary>
    /// The most CoNLL text <c>train</c> takes, training and dev files together. Training makes
    /// several passes over every sentence and holds them all, with their features, in memory:
    /// about 5 GB per 100 MB of CoNLL, so this keeps a run near 7 GB.
    /// </summary>
    public const long MaxCorpusBytes = 128L * 1024 * 1024;

    /// <summary>Throws <see cref="ArgumentException"/> (parameter <c>options</c>) when the files together exceed <see cref="MaxCorpusBytes"/>.</summary>
    public static void RequireSize(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            var info = new FileInfo(path);
            total += info.Exists ? info.Length : 0;
        }

        if (total > MaxCorpusBytes)
        {
            throw new ArgumentException(
                $"the --train and --dev files hold {total / (1024 * 1024)} MiB, more than train takes ({MaxCorpusBytes / (1024 * 1024)} MiB, about 7 GB of memory): train on a sample of the data.",
                "options");
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> (parameter <c>options</c>: the data refutes them) when no document has a token.</summary>
    public static void RequireTokens(IEnumerable<ConllDocument> documents, string what)
    {
        if (!documents.Any(static d => d.Tokens.Length > 0))
        {
            throw new ArgumentException($"{what} holds no tokens (it is empty, or blank and -DOCSTART- lines only): nothing to learn or check a model on.", "options");
        }
    }
}
