using EntityExtract.Evaluation;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tests.Evaluation;

/// <summary>
/// A hand-made gold/predicted fixture whose figures were traced by hand through conlleval's rules.
/// Spans (gold | predicted):
///  s1 PER John Smith | same (correct); LOC New York | LOC New (boundary error)
///  s2 ORG Times, ORG Reuters | ORG The Times (I- after O starts it; boundary error), LOC Reuters (type error)
///  s3 LOC Paris, LOC Berlin (B- after I-) | LOC Paris Berlin (merged)
///  s4 LOC Rome | same (ends at the sentence end)
///  s5 LOC Italy | same, plus a spurious MISC
///  s6 PER Smith, PER Jones (B- after I-) | same (both correct)
///  s7 PER Obama | nothing
/// Gold 11 (PER 4, LOC 5, ORG 2), predicted 10 (PER 3, LOC 5, ORG 1, MISC 1), correct 5 (PER 3, LOC 2).
/// 18 tokens, 12 with identical tags.
/// </summary>
public class ConllScorerTests
{
    private const string Fixture = """
        John I-PER I-PER
        Smith I-PER I-PER
        visited O O
        New I-LOC I-LOC
        York I-LOC O
        . O O

        The O I-ORG
        Times I-ORG I-ORG
        and O O
        Reuters I-ORG I-LOC

        Paris I-LOC I-LOC
        Berlin B-LOC I-LOC

        Rome I-LOC I-LOC

        Italy I-LOC I-LOC
        wins O I-MISC

        Smith I-PER I-PER
        Jones B-PER B-PER

        Obama I-PER O
        """;

    [Fact]
    public void Fixture_figures_match_hand_trace()
    {
        var score = Score(Fixture, null);

        Assert.Equal(11, score.Gold);
        Assert.Equal(10, score.Predicted);
        Assert.Equal(5, score.TruePositives);
        Assert.Equal(50.0, score.Precision, 10);
        Assert.Equal(500.0 / 11, score.Recall, 10);
        Assert.Equal(1000.0 / 21, score.F1, 10);
        Assert.Equal(18, score.Tokens);
        Assert.Equal(12, score.CorrectTags);
        Assert.Equal(1200.0 / 18, score.Accuracy, 10);

        var per = score.PerType[EntityType.Person];
        Assert.Equal((3, 3, 4), (per.TruePositives, per.Predicted, per.Gold));
        Assert.Equal(600.0 / 7, per.F1, 10);
        var loc = score.PerType[EntityType.Location];
        Assert.Equal((2, 5, 5), (loc.TruePositives, loc.Predicted, loc.Gold));
        Assert.Equal(40.0, loc.F1, 10);
        var org = score.PerType[EntityType.Organization];
        Assert.Equal((0, 1, 2), (org.TruePositives, org.Predicted, org.Gold));
        Assert.Equal(0.0, org.F1);
        var misc = score.PerType[EntityType.Misc];
        Assert.Equal((0, 1, 0), (misc.TruePositives, misc.Predicted, misc.Gold));
    }

    [Fact]
    public void Restricting_types_turns_others_into_outside()
    {
        // Without MISC the spurious "wins" disappears; "Italy" is still correct.
        var types = new HashSet<EntityType> { EntityType.Person, EntityType.Location, EntityType.Organization };
        var score = Score(Fixture, types);

        Assert.Equal(11, score.Gold);
        Assert.Equal(9, score.Predicted);
        Assert.Equal(5, score.TruePositives);
        Assert.False(score.PerType.ContainsKey(EntityType.Misc));
        Assert.Equal(13, score.CorrectTags);
    }

    [Fact]
    public void Bioes_singles_are_separate_spans()
    {
        const string Bioes = """
            A S-PER S-PER
            B S-PER B-PER
            C O E-PER
            D B-LOC B-LOC
            E E-LOC E-LOC
            """;
        var score = Score(Bioes, null);

        // Gold: PER A, PER B, LOC D-E. Predicted: PER A, PER B-C, LOC D-E.
        Assert.Equal((3, 3, 2), (score.Gold, score.Predicted, score.TruePositives));
    }

    internal static ConllScore Score(string text, IReadOnlySet<EntityType>? types)
    {
        var scorer = new ConllScorer(types);
        var gold = new List<ConllTag>();
        var predicted = new List<ConllTag>();
        foreach (var raw in (text + "\n\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (gold.Count > 0)
                {
                    scorer.AddSentence(gold.ToArray(), predicted.ToArray());
                    gold.Clear();
                    predicted.Clear();
                }

                continue;
            }

            var columns = line.Split(' ');
            Assert.True(ConllReader.TryParseTag(columns[1], out var g));
            Assert.True(ConllReader.TryParseTag(columns[2], out var p));
            gold.Add(g);
            predicted.Add(p);
        }

        return scorer.GetScore();
    }
}
