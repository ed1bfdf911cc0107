using System.Globalization;
using System.Text;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Evaluation;

/// <summary>
/// conlleval's figures: exact-match span precision, recall and F1 in percent, overall and per type,
/// plus token accuracy. The overall members repeat <see cref="Overall"/> for convenience.
/// </summary>
public sealed class ConllScore
{
    internal ConllScore(TypeScore overall, IReadOnlyDictionary<EntityType, TypeScore> perType, int tokens, int correctTags)
    {
        Overall = overall;
        PerType = perType;
        Tokens = tokens;
        CorrectTags = correctTags;
    }

    public TypeScore Overall { get; }

    /// <summary>Types that occur in gold or predictions, in <see cref="EntityType"/> order.</summary>
    public IReadOnlyDictionary<EntityType, TypeScore> PerType { get; }

    public int Tokens { get; }

    public int CorrectTags { get; }

    /// <summary>Share of tokens whose predicted tag equals the gold tag letter for letter, in percent.</summary>
    public double Accuracy => Tokens == 0 ? 0 : 100.0 * CorrectTags / Tokens;

    public int TruePositives => Overall.TruePositives;

    public int Predicted => Overall.Predicted;

    public int Gold => Overall.Gold;

    public double Precision => Overall.Precision;

    public double Recall => Overall.Recall;

    public double F1 => Overall.F1;

    /// <summary>A report laid out like conlleval's output.</summary>
    public string ToReport()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"processed {Tokens} tokens with {Gold} phrases; found: {Predicted} phrases; correct: {TruePositives}.\n");
        text.Append(c, $"accuracy: {Accuracy,6:F2}%; {Overall}\n");
        foreach (var (type, score) in PerType)
        {
            text.Append(c, $"{EntityTypeNames.ToShortName(type),17}: {score}\n");
        }

        return text.ToString();
    }
}
