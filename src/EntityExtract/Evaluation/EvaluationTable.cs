using System.Globalization;
using System.Text;
using EntityExtract.Tagging;

namespace EntityExtract.Evaluation;

/// <summary>
/// One row per scored file: precision, recall and F1 over all four types and over PER/LOC/ORG
/// (the figure for sets without MISC), then F1 per type. The 3-type figures come from the same
/// predicted tags rescored with MISC counted as O on both sides, so each file is tagged once.
/// </summary>
public static class EvaluationTable
{
    private static readonly HashSet<EntityType> s_threeTypes = [EntityType.Person, EntityType.Location, EntityType.Organization];

    public static string Header() =>
        string.Format(CultureInfo.InvariantCulture, "{0,-28} {1,6} {2,6} {3,6}  {4,6} {5,6} {6,6}  {7,6} {8,6} {9,6} {10,6}\n",
            "file", "P4", "R4", "F1-4", "P3", "R3", "F1-3", "PER", "LOC", "ORG", "MISC");

    /// <summary>The row of one file; <paramref name="result"/> must come from evaluating <paramref name="corpus"/> on all types.</summary>
    public static string Row(string name, ConllCorpus corpus, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(result);
        return Row(name, result.Score, Rescore(corpus, result, s_threeTypes));
    }

    /// <summary>The row of one file from its scores over all four types and over PER/LOC/ORG.</summary>
    public static string Row(string name, ConllScore four, ConllScore three)
    {
        ArgumentNullException.ThrowIfNull(four);
        ArgumentNullException.ThrowIfNull(three);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Shorten(name),-28} {four.Precision,6:F2} {four.Recall,6:F2} {four.F1,6:F2}  {three.Precision,6:F2} {three.Recall,6:F2} {three.F1,6:F2} ");
        foreach (var type in (ReadOnlySpan<EntityType>)[EntityType.Person, EntityType.Location, EntityType.Organization, EntityType.Misc])
        {
            var cell = four.PerType.TryGetValue(type, out var score) && score.Gold > 0 ? score.F1.ToString("F2", CultureInfo.InvariantCulture) : "-";
            text.Append(CultureInfo.InvariantCulture, $" {cell,6}");
        }

        return text.Append('\n').ToString();
    }

    private static ConllScore Rescore(ConllCorpus corpus, EvaluationResult result, IReadOnlySet<EntityType> types)
    {
        var scorer = new ConllScorer(types);
        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            var document = corpus.Documents[d];
            foreach (var sentence in document.Sentences)
            {
                var range = new Range(sentence.FirstToken, sentence.EndToken);
                scorer.AddSentence(document.GoldTags.AsSpan(range), result.PredictedTags[d].AsSpan(range));
            }
        }

        return scorer.GetScore();
    }

    /// <summary>The last two path parts ("gum/gum-dev.iob2"), enough to tell the data sets apart.</summary>
    private static string Shorten(string path)
    {
        var file = Path.GetFileName(path);
        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        return string.IsNullOrEmpty(folder) ? file : folder + "/" + file;
    }
}
