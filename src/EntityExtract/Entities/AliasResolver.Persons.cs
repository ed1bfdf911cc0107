using EntityExtract.Tagging;

namespace EntityExtract.Entities;

public static partial class AliasResolver
{
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
        a == b || WithoutArticle(a).SequenceEqual(WithoutArticle(b));

    internal static ReadOnlySpan<char> WithoutArticle(string word) =>
        word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal)
            ? word.AsSpan(3)
            : word;
}
