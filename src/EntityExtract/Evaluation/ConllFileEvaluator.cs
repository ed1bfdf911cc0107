using EntityExtract.Tagging;
using EntityExtract.Tagging.Calibration;

namespace EntityExtract.Evaluation;

/// <summary>
/// <c>eval</c> over one file, streamed: each document is read, tagged, scored (on the asked types
/// and, for the table, on PER/LOC/ORG), counted into the reliability bins and written back with
/// its predictions before the next is read, so memory does not grow with the file. Gives the same
/// figures and bytes as <see cref="ModelEvaluator"/> over the whole file read at once.
/// </summary>
public static class ConllFileEvaluator
{
    private static readonly HashSet<EntityType> s_threeTypes = [EntityType.Person, EntityType.Location, EntityType.Organization];

    /// <summary>The scores of one file.</summary>
    public sealed record Outcome(ConllScore Score, ConllScore ThreeTypes, IReadOnlyList<ReliabilityBin> Reliability);

    /// <param name="types">Types to score (others count as O on both sides); null for all four.</param>
    /// <param name="predictions">Where to write the file back with a predicted tag per token, or null.</param>
    /// <param name="stream">The file, checked by <see cref="ConllDocumentStream.Open"/> before any output is opened.</param>
    public static Outcome Evaluate(EntityTagger tagger, ConllDocumentStream stream, IReadOnlySet<EntityType>? types, TextWriter? predictions)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(stream);
        var workspace = tagger.CreateWorkspace();
        var scorer = new ConllScorer(types);
        var three = new ConllScorer(s_threeTypes);
        var reliability = new ReliabilityCounts();
        foreach (var (document, lines, firstLine) in stream.Documents())
        {
            ConllTag[]? tags = null;
            if (document is not null)
            {
                (tags, var mentions) = ModelEvaluator.TagDocument(tagger, workspace, document, stream.Scheme);
                foreach (var sentence in document.Sentences)
                {
                    var range = new Range(sentence.FirstToken, sentence.EndToken);
                    scorer.AddSentence(document.GoldTags.AsSpan(range), tags.AsSpan(range));
                    three.AddSentence(document.GoldTags.AsSpan(range), tags.AsSpan(range));
                }

                reliability.Add(document.GoldLabels, mentions);
            }

            if (predictions is not null)
            {
                ConllPredictionWriter.WriteLines(lines, firstLine, document, tags, stream.Scheme, predictions);
            }
        }

        return new Outcome(scorer.GetScore(), three.GetScore(), reliability.Table());
    }
}
