using EntityExtract.Tagging;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// Names a document itself says are one: a mention, then "also known as", "better known as",
/// "formerly known as", "(also called", ", dubbed" or the like, then a mention of the same type
/// ("Islamic State, also known as Daesh"; "WorldCom, now known as MCI"; "Yasser Arafat, known as
/// Abu Ammar"; "MCI, which was formerly known as WorldCom"); or a mention that the words after it
/// call an acronym for the next ("Daesh," he added, using an Arabic acronym for the Islamic State).
/// "Called", "dubbed" and "nicknamed" count only after a comma, a parenthesis or an adverb, where
/// they cannot be the verb of a sentence ("Hill called Jansher Khan a cheat").
/// </summary>
internal static class NamedAliases
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = Words(
        "also", "better", "commonly", "widely", "formerly", "now", "otherwise", "popularly",
        "sometimes", "locally", "previously", "officially", "often", "variously");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Naming = Words("called", "dubbed", "nicknamed", "renamed");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives = Words("which", "who", "that");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Be = Words("is", "was", "are", "were");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Acronym = Words("acronym", "abbreviation");

    /// <summary>Pairs of mention indexes: the name, and the alias it is said to be known by.</summary>
    public static List<(int Name, int Alias)>? Find(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        List<(int, int)>? found = null;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var next = mentions[i + 1];
            if (next.Type != mentions[i].Type)
            {
                continue;
            }

            var from = mentions[i].FirstToken + mentions[i].TokenCount;
            if (Says(text, tokens, from, next.FirstToken) && Ends(text, tokens, next.FirstToken + next.TokenCount))
            {
                (found ??= []).Add((i, i + 1));
            }
            else if (Stands(text, tokens, from, next.FirstToken))
            {
                (found ??= []).Add((i + 1, i));
            }
        }

        return found;
    }

    /// <summary>The most tokens between an acronym and the words that say what it stands for.</summary>
    private const int MaxAcronymGap = 12;

    /// <summary>
    /// Whether the tokens from <paramref name="from"/> up to <paramref name="to"/>, in one sentence,
    /// end with "acronym for (the)" or "abbreviation for (the)": the mention before them stands for the
    /// one after ("Daesh," he added, using an Arabic acronym for the Islamic State extremist group).
    /// </summary>
    private static bool Stands(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        if (to - from is < 2 or > MaxAcronymGap || to > tokens.Length)
        {
            return false;
        }

        var k = to - 1;
        if (tokens[k].Slice(text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        if (k - 1 < from || !tokens[k].Slice(text).Equals("for", StringComparison.OrdinalIgnoreCase)
            || !Acronym.Contains(tokens[k - 1].Slice(text)))
        {
            return false;
        }

        for (var t = from; t < k - 1; t++)
        {
            if (tokens[t].Slice(text) is "." or "?" or "!" or ";")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the alias ends a phrase: punctuation or the text's end follows it. "Known as Jansher
    /// Khan's rival" gives the rival, not a name.
    /// </summary>
    private static bool Ends(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int after) =>
        after >= tokens.Length || tokens[after].Slice(text) is "," or ")" or "." or ";" or ":" or "\"" or "\u201D" or "'" or "\u2019" or "-" or "\u2013" or "\u2014";

    /// <summary>Whether the tokens from <paramref name="from"/> up to <paramref name="to"/> say "known as".</summary>
    private static bool Says(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        if (to - from is < 1 or > 7 || to > tokens.Length)
        {
            return false;
        }

        var k = from;
        var set = false; // a comma, parenthesis or adverb: what follows is not a verb of the sentence
        if (tokens[k].Slice(text) is "," or "(")
        {
            k++;
            set = true;
        }

        if (set && k + 1 < to && Relatives.Contains(tokens[k].Slice(text)) && Be.Contains(tokens[k + 1].Slice(text)))
        {
            k += 2; // ", which was formerly known as", ", who is known as"
        }

        if (k < to && Adverbs.Contains(tokens[k].Slice(text)))
        {
            k++;
            set = true;
        }

        if (k + 1 < to && tokens[k].Slice(text).Equals("known", StringComparison.OrdinalIgnoreCase)
            && tokens[k + 1].Slice(text).Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            k += 2;
        }
        else if (set && k < to && Naming.Contains(tokens[k].Slice(text)))
        {
            k++;
        }
        else
        {
            return false;
        }

        if (k < to && tokens[k].Slice(text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        if (k < to && tokens[k].Slice(text) is "\"" or "\u201C" or "'" or "\u2018")
        {
            k++; // also known as "Daesh"
        }

        return k == to;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
