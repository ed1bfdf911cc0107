using EntityExtract.Tagging.Labels;


namespace EntityExtract.Evaluation;

/// <summary>Exact-match span counts for one entity type (or all of them) and the figures conlleval prints, in percent.</summary>
public sealed class TypeScore
{
    internal TypeScore(EntityType? type, int truePositives, int predicted, int gold)
    {
        Type = type;
        TruePositives = truePositives;
        Predicted = predicted;
        Gold = gold;
    }

    /// <summary>The type scored, or null for the overall score.</summary>
    public EntityType? Type { get; }

    public int TruePositives { get; }

    public int Predicted { get; }

    public int Gold { get; }

    public double Precision => Predicted == 0 ? 0 : 100.0 * TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        FormattableString.Invariant($"precision: {Precision,6:F2}%; recall: {Recall,6:F2}%; FB1: {F1,6:F2}  {Predicted}");
}
