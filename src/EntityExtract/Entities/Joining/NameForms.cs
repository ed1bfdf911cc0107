using System.Text;
using EntityExtract.Tagging;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// The form under which ways of writing one organization or place compare equal, beyond case:
/// a leading "the" ("The Oval", "Oval"), a trailing legal or party word ("General Motors Corp",
/// "Labour Party"), a plural last word ("Conservatives", "Conservative Party"), and spacing and
/// punctuation inside ("TimeWarner", "Time Warner"; "St. Louis", "St Louis").
/// </summary>
internal static class NameForms
{
    /// <summary>Words that say what kind of body a name is, not which one; dropped at the end of a name.</summary>
    private static readonly HashSet<string> KindWords = new(StringComparer.Ordinal)
    {
        "corp", "corp.", "corporation", "inc", "inc.", "incorporated", "ltd", "ltd.", "limited", "plc",
        "co", "co.", "company", "llc", "l.l.c.", "lp", "l.p.", "ag", "sa", "s.a.", "nv", "n.v.", "gmbh",
        "group", "holdings", "party",
    };

    /// <summary>The comparison form of a name's key words, or null for other types and names too short to compare.</summary>
    public static string? Of(EntityType type, string[] words)
    {
        if (type is not (EntityType.Organization or EntityType.Location) || words.Length == 0)
        {
            return null;
        }

        var first = words[0] == "the" && words.Length > 1 ? 1 : 0;
        var end = words.Length;
        while (type == EntityType.Organization && end - first > 1 && KindWords.Contains(words[end - 1].TrimEnd(',')))
        {
            end--;
        }

        var builder = new StringBuilder(32);
        for (var w = first; w < end; w++)
        {
            var word = words[w];
            if (w == end - 1 && type == EntityType.Organization)
            {
                word = Singular(word);
            }

            foreach (var c in word)
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(c);
                }
            }
        }

        return builder.Length >= 3 ? builder.ToString() : null;
    }

    /// <summary>"tories" → "tory", "conservatives" → "conservative"; short words and "-ss", "-us", "-is" endings kept.</summary>
    private static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        return word.Length > 4 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') ? word[..^1] : word;
    }
}
