using EntityExtract.Tagging;

namespace EntityExtract.Evaluation;

/// <summary>
/// Accumulates conlleval's counts sentence by sentence. The per-token logic follows the perl
/// script step for step (including its "in a correct chunk" state and its quirk of comparing
/// current types when one side ends a chunk and the other does not), with a sentence boundary
/// acting as an O/O line, so the figures match the script exactly.
/// </summary>
public sealed class ConllScorer
{
    private readonly IReadOnlySet<EntityType>? _types;
    private readonly int[] _correctChunks = new int[EntityTypes.Count];
    private readonly int[] _goldChunks = new int[EntityTypes.Count];
    private readonly int[] _guessedChunks = new int[EntityTypes.Count];
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
            if (_goldChunks[t] + _guessedChunks[t] > 0)
            {
                perType[(EntityType)t] = new TypeScore((EntityType)t, _correctChunks[t], _guessedChunks[t], _goldChunks[t]);
            }
        }

        var overall = new TypeScore(null, _correctChunks.Sum(), _guessedChunks.Sum(), _goldChunks.Sum());
        return new ConllScore(overall, perType, _tokens, _correctTags);
    }

    private void Step(ConllTag lastCorrect, ConllTag correct, ConllTag lastGuessed, ConllTag guessed, ref bool inCorrect)
    {
        if (inCorrect)
        {
            var correctEnds = ConllChunkRules.EndOfChunk(lastCorrect, correct);
            var guessedEnds = ConllChunkRules.EndOfChunk(lastGuessed, guessed);
            if (correctEnds && guessedEnds && lastGuessed.TypeIndex == lastCorrect.TypeIndex)
            {
                inCorrect = false;
                _correctChunks[lastCorrect.TypeIndex]++;
            }
            else if (correctEnds != guessedEnds || guessed.TypeIndex != correct.TypeIndex)
            {
                inCorrect = false;
            }
        }

        var correctStarts = ConllChunkRules.StartOfChunk(lastCorrect, correct);
        var guessedStarts = ConllChunkRules.StartOfChunk(lastGuessed, guessed);
        if (correctStarts && guessedStarts && guessed.TypeIndex == correct.TypeIndex)
        {
            inCorrect = true;
        }

        if (correctStarts)
        {
            _goldChunks[correct.TypeIndex]++;
        }

        if (guessedStarts)
        {
            _guessedChunks[guessed.TypeIndex]++;
        }
    }

    private ConllTag Restrict(ConllTag tag) =>
        _types is null || tag.IsOutside || _types.Contains(tag.Type) ? tag : ConllTag.Outside;
}
