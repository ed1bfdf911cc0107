using System.Collections.Frozen;
using EntityExtract.Text.Lexicon;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Entities.Teams;

/// <summary>
/// How sure it is that an article is a sports report, from the words it uses
/// (<c>Resources/sport-words.txt</c>): each distinct word adds its weight, 2 for words other news
/// seldom uses ("innings", "standings", "baseball"), 1 for words it shares ("match", "season").
/// A results table or a match report scores high; a business story about a football club, or an
/// awards night that "beat" a record, scores low.
/// </summary>
internal static class SportsArticle
{
    /// <summary>A score from which the article is surely a sports report.</summary>
    public const int Sure = 6;

    /// <summary>A score from which it may be one: a place there names a team only where its words say so.</summary>
    public const int Likely = 4;

    private static readonly Lazy<FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>> Weights = new(Load);

    /// <summary>The score of tokens <paramref name="first"/> (inclusive) to <paramref name="end"/> (exclusive), counted up to <see cref="Sure"/>.</summary>
    public static int Score(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        var weights = Weights.Value;
        Span<int> seen = stackalloc int[Sure]; // a token of each distinct word counted so far
        var found = 0;
        var score = 0;
        for (var i = first; i < end && score < Sure; i++)
        {
            var word = tokens[i].Slice(text);
            if (word.Length < 2 || !char.IsLetter(word[0]) || !weights.TryGetValue(word, out var weight) || Seen(text, tokens, seen[..found], word))
            {
                continue;
            }

            seen[found++] = i;
            score += weight;
        }

        return score;
    }

    private static bool Seen(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> seen, ReadOnlySpan<char> word)
    {
        foreach (var i in seen)
        {
            if (tokens[i].Slice(text).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        var weights = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in WordList.Lines("EntityExtract.Entities.Resources.sport-words.txt"))
        {
            var tab = line.IndexOf('\t');
            var weight = int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);

            // Every word counted moves the score, so Score's scratch of Sure words never runs out.
            weights[line[..tab]] = weight >= 1 ? weight : throw new InvalidOperationException($"sport-words.txt: '{line}' has a weight below 1.");
        }

        return weights.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
