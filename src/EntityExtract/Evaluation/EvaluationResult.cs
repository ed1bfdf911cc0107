using EntityExtract.Tagging;

namespace EntityExtract.Evaluation;

/// <summary>The outcome of <see cref="ModelEvaluator.Evaluate"/>: the conlleval score plus, per document, the predicted tags (in the corpus's scheme) and the mentions.</summary>
public sealed class EvaluationResult
{
    internal EvaluationResult(ConllScore score, IReadOnlyList<ConllTag[]> predictedTags, IReadOnlyList<List<Mention>> mentions)
    {
        Score = score;
        PredictedTags = predictedTags;
        Mentions = mentions;
    }

    public ConllScore Score { get; }

    /// <summary>Per document, one predicted tag per token, written in the corpus's own scheme.</summary>
    public IReadOnlyList<ConllTag[]> PredictedTags { get; }

    public IReadOnlyList<List<Mention>> Mentions { get; }
}
