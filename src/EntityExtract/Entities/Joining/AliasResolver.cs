using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Tokenization;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// Decides, within one document, which mentions name the same entity: case and spacing
/// variants; a person's surname or shorter form ("Kerry", "Mr. Kerry", "John Kerry") with the
/// full name ("Secretary of State John F. Kerry"); an acronym with the name it abbreviates,
/// whether given in parentheses ("Federal Security Service (FSB)") or matching the initials
/// ("United Nations" … "U.N."); a name the document says is known by another ("Islamic State,
/// also known as Daesh").
/// </summary>
public static class AliasResolver
{
    /// <summary>Returns, for each mention in order, the entity it belongs to.</summary>
    public static NameEntity[] Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Mention> mentions) =>
        Resolve(text, tokens, mentions, Names(text, mentions));

    /// <summary>
    /// Each mention's name. A surname the document writes after both a woman's title and a man's
    /// ("Mrs Howard", "Mr Howard") names two people: the woman's keeps her title in the name, so
    /// it never joins the man's full name ("Michael Howard"). So does a woman's titled surname in a
    /// document that writes no full name with it: the full name another file gives ("John F.
    /// Kerry") may well be her husband's.
    /// </summary>
    internal static MentionName[] Names(ReadOnlySpan<char> text, IReadOnlyList<Mention> mentions)
    {
        var names = new MentionName[mentions.Count];
        HashSet<string>? his = null, hers = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            names[i] = MentionName.Of(text, mentions[i]);
            if (mentions[i].Type == EntityType.Person && names[i].Title is null && names[i].Words.Length == 1
                && TitleGender.Before(text, mentions[i].Start) is { } before)
            {
                names[i] = names[i] with { Title = before.Folded, TitleShown = before.Shown };
            }

            if (names[i].Title is { } title && names[i].Words.Length == 1)
            {
                if (TitleGender.IsHers(title))
                {
                    (hers ??= new(StringComparer.Ordinal)).Add(names[i].Key);
                }
                else if (TitleGender.IsHis(title))
                {
                    (his ??= new(StringComparer.Ordinal)).Add(names[i].Key);
                }
            }
        }

        if (hers is not null)
        {
            // Full names' surnames: "Mrs Clinton" joins "Hillary Clinton" written in her document.
            var surnames = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                if (mentions[i].Type == EntityType.Person && names[i].Words.Length >= 2)
                {
                    surnames.Add(NameKey.Surname(names[i].Words[^1]));
                }
            }

            for (var i = 0; i < names.Length; i++)
            {
                if (names[i].Title is { } title && names[i].Words.Length == 1 && TitleGender.IsHers(title)
                    && (his?.Contains(names[i].Key) == true || !surnames.Contains(NameKey.Surname(names[i].Key))))
                {
                    names[i] = names[i].WithTitle();
                }
            }
        }

        return names;
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

        JoinNamedAliases(text, tokens, mentions, result, user);
        return result;
    }

    /// <summary>
    /// A name the document says another is known as (<see cref="NamedAliases"/>) joins it, with
    /// every mention resolved with it, wherever in the document they stand.
    /// </summary>
    private static void JoinNamedAliases(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Mention> mentions, NameEntity[] result, UserAliases? user)
    {
        foreach (var (name, alias) in NamedAliases.Find(text, tokens, mentions) ?? [])
        {
            var (keep, gone) = (result[name], result[alias]);
            if (ReferenceEquals(keep, gone) || user?.KeepsApart(keep.Type, gone.Key, keep.Key) == true)
            {
                continue;
            }

            for (var i = 0; i < result.Length; i++)
            {
                if (ReferenceEquals(result[i], gone))
                {
                    result[i] = keep;
                }
            }
        }
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
            if (!IsFuller(name.Words, candidate.Words))
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
            while (j < longer.Length && !SameWord(word, longer[j]) && !IsInitialOf(word, longer[j]))
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

    /// <summary>
    /// Whether <paramref name="longer"/> is a fuller form of the name <paramref name="shorter"/>:
    /// more words ("Carter", "Ashton Carter"), or as many with an initial spelled out
    /// ("A. Carter", "Ashton Carter").
    /// </summary>
    internal static bool IsFuller(string[] shorter, string[] longer) =>
        longer.Length >= shorter.Length
        && (shorter[0] == longer[0] || !TitleGender.IsHers(longer[0]))
        && IsShorterForm(shorter, longer)
        && (longer.Length > shorter.Length || !shorter.AsSpan().SequenceEqual(longer));

    /// <summary>"a." or "a" stands for "adam"; never for another initial.</summary>
    private static bool IsInitialOf(string word, string full) =>
        (word.Length == 1 || (word.Length == 2 && word[1] == '.'))
        && char.IsLetter(word[0])
        && full.Length > 2
        && full[0] == word[0]
        && full[^1] != '.';

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
                && IsAcronym(tokens[after + 1].Slice(text))
                && FitsName(Letters(tokens[after + 1].Slice(text)), names[i].Words))
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
        // Only a name of the acronym's own type: "Sara Thorsett (U.S.)" gives a person's country, not her alias.
        if (parenthesized.TryGetValue(letters, out var full) && full.Type == type && found.ByKey.TryGetValue(full, out var defined))
        {
            return defined;
        }

        return found.ByInitials.GetValueOrDefault((type, letters));
    }

    /// <summary>
    /// Whether acronym <paramref name="letters"/> (folded) can stand for the name of
    /// <paramref name="words"/>: it starts with the name's initial. Looser than the initials, so an
    /// acronym of the name in another language still fits ("FSB" for "Federal Security Service"),
    /// but "US" after "Sara Thorsett" does not.
    /// </summary>
    internal static bool FitsName(string letters, string[] words)
    {
        var first = words.FirstOrDefault(w => w.Length > 0 && !InitialsSkip.Contains(w));
        return letters.Length > 0 && first is not null && first[0] == letters[0];
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
