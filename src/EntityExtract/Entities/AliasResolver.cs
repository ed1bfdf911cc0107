using EntityExtract.Tagging;
using EntityExtract.Text.Tokenization;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities;

/// <summary>
/// Decides, within one document, which mentions name the same entity: case and spacing
/// variants; a person's surname or shorter form ("Kerry", "Mr. Kerry", "John Kerry") with the
/// full name ("Secretary of State John F. Kerry"); an acronym with the name it abbreviates,
/// whether given in parentheses ("Federal Security Service (FSB)") or matching the initials
/// ("United Nations" … "U.N.").
/// </summary>
public static class AliasResolver
{
    /// <summary>Returns, for each mention in order, the entity it belongs to.</summary>
    public static NameEntity[] Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var names = new MentionName[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            names[i] = MentionName.Of(text, mentions[i]);
        }

        return Resolve(text, tokens, mentions, names);
    }

    /// <param name="user">The user's kept-apart names (<c>--aliases</c>): a shorter form never joins a name it is kept apart from.</param>
    internal static NameEntity[] Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Mention> mentions, MentionName[] names, UserAliases? user = null)
    {
        var acronyms = ParenthesizedAcronyms(text, tokens, mentions, names);
        var result = new NameEntity[mentions.Count];
        var found = new FoundEntities();

        // Full forms first, so that a short form can join a full name written later too.
        foreach (var pass in new[] { true, false })
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                if (names[i].IsShortForm == pass)
                {
                    continue;
                }

                var name = names[i];
                var type = mentions[i].Type;
                if (!found.ByKey.TryGetValue((type, name.Key), out var entity))
                {
                    entity = FindLonger(found, type, name, mentions[i].Start, result, mentions)
                        ?? FindByAcronym(found, acronyms, type, name);
                    if (entity is null || user?.KeepsApart(type, name.Key, entity.Key) == true)
                    {
                        entity = found.Add(type, name);
                    }

                    found.ByKey.TryAdd((type, name.Key), entity);
                }

                result[i] = entity;
                found.Resolved(i, entity);
            }
        }

        return result;
    }

    /// <summary>
    /// A person mention whose words appear, in order, in a longer person name and end with that
    /// name's surname, belongs to it. When several match, the one last mentioned before this
    /// mention wins (news re-introduces a name before reusing a surname), else the first after.
    /// </summary>
    private static NameEntity? FindLonger(FoundEntities found, EntityType type, MentionName name, int start, NameEntity[] resolved, IReadOnlyList<Mention> mentions)
    {
        if (type != EntityType.Person || name.Words.Length == 0)
        {
            return null;
        }

        NameEntity? before = null, after = null;
        int beforeStart = -1, afterStart = int.MaxValue;
        foreach (var i in found.PersonMentionsBySurname(name.Words[^1]))
        {
            var candidate = resolved[i];
            if (candidate.Words.Length <= name.Words.Length || !IsShorterForm(name.Words, candidate.Words))
            {
                continue;
            }

            var candidateStart = mentions[i].Start;
            if (candidateStart < start && candidateStart > beforeStart)
            {
                (before, beforeStart) = (candidate, candidateStart);
            }
            else if (candidateStart > start && candidateStart < afterStart)
            {
                (after, afterStart) = (candidate, candidateStart);
            }
        }

        return before ?? after;
    }

    internal static bool IsShorterForm(string[] shorter, string[] longer)
    {
        if (!SameWord(shorter[^1], longer[^1]))
        {
            return false;
        }

        var j = 0;
        foreach (var word in shorter)
        {
            while (j < longer.Length && !SameWord(word, longer[j]))
            {
                j++;
            }

            if (j == longer.Length)
            {
                return false;
            }

            j++;
        }

        return true;
    }

    /// <summary>"assad" matches "al-assad": Arabic articles are often dropped in later mentions.</summary>
    private static bool SameWord(string a, string b) =>
        a == b || ArabicParticle.WithoutArticle(a).SequenceEqual(ArabicParticle.WithoutArticle(b));

    private static readonly HashSet<string> InitialsSkip = ["of", "the", "and", "for", "de", "&", "in", "on"];

    /// <summary>
    /// An acronym in parentheses right after a mention names the same thing:
    /// "Federal Security Service (FSB)". Returns folded acronym letters → the full name's key.
    /// </summary>
    private static Dictionary<string, (EntityType Type, string Key)> ParenthesizedAcronyms(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Mention> mentions, MentionName[] names)
    {
        var acronyms = new Dictionary<string, (EntityType, string)>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var after = mentions[i].FirstToken + mentions[i].TokenCount;
            if (names[i].Words.Length >= 2
                && after + 2 < tokens.Length
                && tokens[after].Slice(text) is "("
                && tokens[after + 2].Slice(text) is ")"
                && IsAcronym(tokens[after + 1].Slice(text)))
            {
                acronyms.TryAdd(Letters(tokens[after + 1].Slice(text)), (mentions[i].Type, names[i].Key));
            }
        }

        return acronyms;
    }

    /// <summary>An acronym joins the organization or place it was defined for, or whose initials it spells.</summary>
    private static NameEntity? FindByAcronym(
        FoundEntities found,
        Dictionary<string, (EntityType Type, string Key)> parenthesized,
        EntityType type,
        MentionName name)
    {
        if (type is not (EntityType.Organization or EntityType.Location) || !IsAcronym(name.Display))
        {
            return null;
        }

        var letters = Letters(name.Display);
        if (parenthesized.TryGetValue(letters, out var full) && found.ByKey.TryGetValue(full, out var defined))
        {
            return defined;
        }

        return found.ByInitials.GetValueOrDefault((type, letters));
    }

    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }

    internal static string Letters(ReadOnlySpan<char> word)
    {
        Span<char> letters = stackalloc char[Math.Min(word.Length, 64)];
        var n = 0;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c) && n < letters.Length)
            {
                letters[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(letters[..n]);
    }

    internal static string Initials(string[] words) =>
        string.Concat(words.Where(w => w.Length > 0 && !InitialsSkip.Contains(w)).Select(w => w[0]));
}
