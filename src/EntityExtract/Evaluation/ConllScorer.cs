using EntityExtract.Tagging.Labels;


namespace EntityExtract.Evaluation;

/// <summary>
/// Accumulates conlleval's counts sentence by sentence. The per-token logic follows the perl
/// script step for step (including its "in a correct span" state and its quirk of comparing
/// current types when one side ends a span and the other does not), with a sentence boundary
/// acting as an O/O line, so the figures match the script exactly.
/// </summary>
public sealed class ConllScorer
{
    private readonly IReadOnlySet<EntityType>? _types;
    private readonly int[] _correctSpans = new int[EntityTypes.Count];
    private readonly int[] _goldSpans = new int[EntityTypes.Count];
    private readonly int[] _guessedSpans = new int[EntityTypes.Count];
    private int _tokens;
    private int _correctTags;

    /// <param name="types">Types to score; tags of other types count as O on both sides. Null scores all.</param>
    public ConllScorer(IReadOnlySet<EntityType>? types = null) => _types = types;

    public void AddSentence(ReadOnlySpan<ConllTag> gold, ReadOnlySpan<ConllTag> predicted)
    {
        if (gold.Length != predicted.Length)
        {
            throw new ArgumentException("Gold and predicted tags must have the same length.", nameof(predicted));
        }

        var lastCorrect = ConllTag.Outside;
        var lastGuessed = ConllTag.Outside;
        var inCorrect = false;
        for (var i = 0; i <= gold.Length; i++)
        {
            // The extra step past the end is the blank line: O on both sides, not counted as a token.
            var boundary = i == gold.Length;
            var correct = boundary ? ConllTag.Outside : Restrict(gold[i]);
            var guessed = boundary ? ConllTag.Outside : Restrict(predicted[i]);
            Step(lastCorrect, correct, lastGuessed, guessed, ref inCorrect);
            if (!boundary)
            {
                _tokens++;
                if (correct == guessed)
                {
                    _correctTags++;
                }
            }

            lastCorrect = correct;
            lastGuessed = guessed;
        }
    }

    public ConllScore GetScore()
    {
        var perType = new SortedDictionary<EntityType, TypeScore>();
        for (var t = 0; t < EntityTypes.Count; t++)
        {
            if (_goldSpans[t] + _guessedSpans[t] > 0)
            {
                perType[(EntityType)t] = new TypeScore((EntityType)t, _correctSpans[t], _guessedSpans[t], _goldSpans[t]);
            }
        }

        var overall = new TypeScore(null, _correctSpans.Sum(), _guessedSpans.Sum(), _goldSpans.Sum());
        return new ConllScore(overall, perType, _tokens, _correctTags);
    }

    private void Step(ConllTag lastCorrect, ConllTag correct, ConllTag lastGuessed, ConllTag guessed, ref bool inCorrect)
    {
        if (inCorrect)
        {
            var correctEnds = ConllSpanRules.EndOfSpan(lastCorrect, correct);
            var guessedEnds = ConllSpanRules.EndOfSpan(lastGuessed, guessed);
            if (correctEnds && guessedEnds && lastGuessed.TypeIndex == lastCorrect.TypeIndex)
            {
                inCorrect = false;
                _correctSpans[lastCorrect.TypeIndex]++;
            }
            else if (correctEnds != guessedEnds || guessed.TypeIndex != correct.TypeIndex)
            {
                inCorrect = false;
            }
        }

        var correctStarts = ConllSpanRules.StartOfSpan(lastCorrect, correct);
        var guessedStarts = ConllSpanRules.StartOfSpan(lastGuessed, guessed);
        if (correctStarts && guessedStarts && guessed.TypeIndex == correct.TypeIndex)
        {
            inCorrect = true;
        }

        if (correctStarts)
        {
            _goldSpans[correct.TypeIndex]++;
        }

        if (guessedStarts)
        {
            _guessedSpans[guessed.TypeIndex]++;
        }
    }

    private ConllTag Restrict(ConllTag tag) =>
        _types is null || tag.IsOutside || _types.Contains(tag.Type) ? tag : ConllTag.Outside;
}
