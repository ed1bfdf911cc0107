using EntityExtract.Tagging;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Entities;

public static partial class AliasResolver
{
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
