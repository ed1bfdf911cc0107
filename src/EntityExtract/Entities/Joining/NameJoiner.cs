using System.Collections.Frozen;
using System.Text;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// Decides which names of one type are the same entity, from the names alone (no positions), so
/// the answer does not depend on the order they were met in:
/// <list type="bullet">
/// <item>names the curated alias list gives as one (<c>US</c>, <c>U.S.</c>, <c>United States</c>);</item>
/// <item>acronyms with the same letters (<c>U.N.</c>, <c>UN</c>);</item>
/// <item>organizations and places written alike but for an article, a legal suffix, a plural or
/// spacing (<see cref="NameForms"/>: <c>General Motors Corp</c>, <c>General Motors</c>);</item>
/// <item>an organization written with its words cut short with the one name they start (<c>Lib Dems</c>,
/// <c>Liberal Democrats</c>);</item>
/// <item>a one-word organization (<c>Marlins</c>, <c>Commerce</c>) with the one fullest organization
/// name holding it (<c>Florida Marlins</c>, <c>U.S. Commerce Department</c>) unless written many times more
/// often than that name (<c>Liverpool</c> and <c>Liverpool Echo</c> stay apart); a longer part is left
/// alone, as its holders are other bodies as often as not (<c>General Motors</c>,
/// <c>General Motors Acceptance Corp</c>);</item>
/// <item>an acronym with the one name a document defined it for (<c>Federal Security Service (FSB)</c>);</item>
/// <item>a name with the one name a document said is known by it (<c>Daesh</c>, <c>Islamic State</c>: <see cref="NameNode.Defines"/>);</item>
/// <item>a person's shorter name (<c>Carter</c>, <c>Ashton Carter</c>) with the one longest name it fits
/// (<c>Ashton B. Carter</c>); with two such names (<c>Jimmy Carter</c> too) it stays apart;</item>
/// <item>a first name after <c>Sir</c> or <c>Dame</c> with the one full name starting with it, and so
/// a first name alone that is no one's surname and no common first name (<c>Jansher</c>,
/// <c>Jansher Khan</c>).</item>
/// </list>
/// Each group is named after its fullest member: a curated full name, else a name over an acronym,
/// a full name over a titled first name, more words, more mentions, then the ordinally smaller key.
/// </summary>
public static class NameJoiner
{
    /// <summary>For each node, the index of the node its group is named after.</summary>
    /// <param name="user">The user's lines (<c>--aliases</c>): joined first, and kept-apart names never joined.</param>
    public static int[] Join(IReadOnlyList<NameNode> nodes, UserAliases? user = null)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var parent = new int[nodes.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var binding = user is null || user.IsEmpty ? null : user.Bind(nodes);
        void Union(int a, int b)
        {
            var ra = Find(parent, a);
            var rb = Find(parent, b);
            if (ra != rb && binding?.Blocks(ra, rb) != true)
            {
                var preferred = binding?.PrefersHead(nodes[ra], nodes[rb]) ?? 0;
                var (head, other) = preferred > 0 || (preferred == 0 && IsBetterHead(nodes[ra], nodes[rb])) ? (ra, rb) : (rb, ra);
                parent[other] = head;
                binding?.Merged(head, other);
            }
        }

        foreach (var (a, b) in binding?.Joins() ?? [])
        {
            Union(a, b);
        }

        JoinAcronyms(nodes, Union);
        JoinDefinedNames(nodes, Union);
        JoinForms(nodes, Union);
        JoinShortenedWords(nodes, Union);
        JoinCountryPrefixed(nodes, Union);
        JoinOrganizationParts(nodes, Union);
        JoinPlaceNamedBodies(nodes, Union);
        JoinPeople(nodes, Union);

        var roots = new int[nodes.Count];
        for (var i = 0; i < roots.Length; i++)
        {
            roots[i] = Find(parent, i);
        }

        return roots;
    }

    private static void JoinAcronyms(IReadOnlyList<NameNode> nodes, Action<int, int> union)
    {
        // Made only when needed: most documents have no acronym and no curated name.
        Dictionary<(EntityType, string), int>? byCanonical = null, byLetters = null, definers = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.CanonicalKey is { } canonical && !Same(byCanonical ??= [], (node.Type, canonical), i, union))
            {
                byCanonical[(node.Type, canonical)] = i;
            }

            if (node.IsAcronym)
            {
                var letters = (node.Type, AliasResolver.Letters(node.Display));
                if (!Same(byLetters ??= [], letters, i, union))
                {
                    byLetters[letters] = i;
                }
            }
            else if (node.Type is EntityType.Organization or EntityType.Location)
            {
                foreach (var alias in node.Aliases)
                {
                    if (AliasResolver.IsAcronym(alias) && AliasResolver.FitsName(AliasResolver.Letters(alias), node.Words))
                    {
                        definers ??= [];
                        var key = (node.Type, AliasResolver.Letters(alias));
                        definers[key] = !definers.TryGetValue(key, out var other) || other == i ? i
                            : other >= 0 && nodes[other].FormKey == node.FormKey ? other // "Financial Times", "The Financial Times": one name
                            : -1;
                    }
                }
            }
        }

        if (byLetters is null || definers is null)
        {
            return;
        }

        foreach (var (key, acronym) in byLetters)
        {
            if (definers.TryGetValue(key, out var definer) && definer >= 0)
            {
                union(acronym, definer);
            }
        }
    }

    private static void JoinDefinedNames(IReadOnlyList<NameNode> nodes, Action<int, int> union)
    {
        Dictionary<(EntityType, string), int>? definers = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            foreach (var alias in node.Aliases)
            {
                if (node.Defines(alias))
                {
                    var key = (node.Type, NameKey.Of(alias));
                    definers ??= [];
                    definers[key] = !definers.TryGetValue(key, out var other) || other == i ? i : -1; // two names claim it: neither
                }
            }
        }

        if (definers is null)
        {
            return;
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            if (definers.TryGetValue((nodes[i].Type, nodes[i].Key), out var definer) && definer >= 0)
            {
                union(i, definer);
            }
        }
    }

    private static void JoinForms(IReadOnlyList<NameNode> nodes, Action<int, int> union)
    {
        Dictionary<(EntityType, string), int>? byForm = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].FormKey is { } form && !Same(byForm ??= [], (nodes[i].Type, form), i, union))
            {
                byForm[(nodes[i].Type, form)] = i;
            }
        }
    }

    /// <summary>Letters of each word that names written with shortened words must share to be compared.</summary>
    private const int ShortWord = 3;

    /// <summary>
    /// An organization's name whose words each start the words of one longer name, in order and as
    /// many ("Lib Dem", "Lib Dems" and "Liberal Democrats"), is that name written short; with two such
    /// names (other than forms of one name) it stays apart.
    /// </summary>
    private static void JoinShortenedWords(IReadOnlyList<NameNode> nodes, Action<int, int> union)
    {
        Dictionary<string, List<int>>? byStarts = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (ShortenedKey(nodes[i]) is { } key)
            {
                Add(byStarts ??= new Dictionary<string, List<int>>(StringComparer.Ordinal), key, i);
            }
        }

        if (byStarts is null)
        {
            return;
        }

        foreach (var group in byStarts.Values)
        {
            if (group.Count < 2)
            {
                continue;
            }

            foreach (var i in group)
            {
                int? only = null;
                foreach (var c in group)
                {
                    if (c != i && IsShortened(nodes[i].Words, nodes[c].Words))
                    {
                        if (only is { } o && nodes[o].FormKey != nodes[c].FormKey)
                        {
                            only = -1;
                            break;
                        }

                        only ??= c;
                    }
                }

                if (only is >= 0)
                {
                    union(i, only.Value);
                }
            }
        }
    }

    /// <summary>"lib|dem" for "Lib Dems" and "Liberal Democrats": each word's first letters; null where a word is too short.</summary>
    private static string? ShortenedKey(NameNode node)
    {
        if (node.Type != EntityType.Organization || node.IsAcronym || node.Words.Length < 2)
        {
            return null;
        }

        var key = new StringBuilder(16);
        foreach (var word in node.Words)
        {
            if (word.Length < ShortWord || !char.IsLetter(word[0]))
            {
                return null;
            }

            key.Append(word, 0, ShortWord).Append('|');
        }

        return key.ToString();
    }

    /// <summary>
    /// Whether every word of <paramref name="shorter"/> starts its word of <paramref name="longer"/>,
    /// one or more cut by at least <see cref="ShortWord"/> letters ("Man City", "Manchester City";
    /// not "Korea", "Korean" nor "Commission", "Commissioner"). A plural is cut as a plural:
    /// "Dems" starts "Democrats", "News" never "Newcastle".
    /// </summary>
    internal static bool IsShortened(string[] shorter, string[] longer)
    {
        if (shorter.Length != longer.Length)
        {
            return false;
        }

        var cut = false;
        for (var w = 0; w < shorter.Length; w++)
        {
            var (a, b) = (shorter[w], longer[w]);
            if (w == shorter.Length - 1 && a.Length > ShortWord && a[^1] == 's' && b[^1] == 's')
            {
                (a, b) = (a[..^1], b[..^1]);
            }

            if (!b.StartsWith(a, StringComparison.Ordinal) || (a.Length < b.Length && b.Length - a.Length < ShortWord))
            {
                return false;
            }

            cut |= a.Length < b.Length;
        }

        return cut;
    }

    /// <summary>
    /// An organization's name made of a short form of a country's or a body's name (<see
    /// cref="EntityAliases"/>) and the name of another organization (<c>U.N. Security Council</c>,
    /// <c>US Senate</c>) joins that name, where the corpus writes it alone too and no other such
    /// prefix comes before it (<c>UK Treasury</c> and <c>U.S. Treasury</c> leave <c>Treasury</c>
    /// alone). A place's name is no such name: "EU China" is not the Chinese team.
    /// </summary>
    private static void JoinCountryPrefixed(IReadOnlyList<NameNode> nodes, Action<int, int> union)
    {
        List<(int Node, string Name)>? prefixed = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Type == EntityType.Organization && node.Words.Length >= 2
                && EntityAliases.CanonicalKey(node.Words[0]) is { } full && full != node.Words[0])
            {
                (prefixed ??= []).Add((i, string.Join(' ', node.Words[1..])));
            }
        }

        if (prefixed is null)
        {
            return; // the usual file: no name starts with a short form
        }

        var organizations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Type == EntityType.Organization)
            {
                organizations[nodes[i].Key] = i;
            }
        }

        var byName = new Dictionary<int, List<int>>();
        foreach (var (node, name) in prefixed)
        {
            if (!PlaceNames.Contains(name) && organizations.TryGetValue(name, out var rest))
            {
                Add(byName, rest, node);
            }
        }

        foreach (var (rest, list) in byName)
        {
            if (list is [var only])
            {
                union(only, rest);
            }
        }
    }

    /// <summary>Organization names sharing a word with many others are left alone: the part is too common to place.</summary>
    private const int MaxHolders = 64;

    private static void JoinOrganizationParts(IReadOnlyList<NameNode> nodes, Action<int, int> union)
    {
        Dictionary<string, List<int>>? byWord = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Type == EntityType.Organization && node.Words.Length >= 2 && !node.IsAcronym)
            {
                foreach (var word in node.Words.Distinct(StringComparer.Ordinal))
                {
                    Add(byWord ??= new Dictionary<string, List<int>>(StringComparer.Ordinal), word, i);
                }
            }
        }

        if (byWord is null)
        {
            return;
        }

        var holders = new List<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Type != EntityType.Organization || node.IsAcronym || node.Words.Length != 1 || node.AlsoPlace
                || !byWord.TryGetValue(node.Words[0], out var candidates) || candidates.Count > MaxHolders)
            {
                continue;
            }

            holders.Clear();
            foreach (var c in candidates)
            {
                if (Holds(nodes[c].Words, node.Words))
                {
                    holders.Add(c);
                }
            }

            // The fullest holder: one that every other holder is part of.
            int? fullest = null;
            foreach (var c in holders)
            {
                if (holders.All(o => o == c || Holds(nodes[c].Words, nodes[o].Words)))
                {
                    fullest = c;
                    break;
                }
            }

            if (fullest is { } f && !OutweighsHolder(node, nodes[f]))
            {
                union(i, f);
            }
        }
    }

    /// <summary>
    /// A town's name that files typed as an organization as well as a place, or a known place typed
    /// an organization (<c>KANSAS CITY</c> in results), is the team named after it when exactly one
    /// organization name starts with it and ends as team names do (<see cref="EndsAsTeam"/>: <c>Kansas City
    /// Royals</c>, <c>Chicago White Sox</c>); with two or more (<c>New York Yankees</c>, <c>New York
    /// Mets</c>) it stays apart, and so it does beside a body of another kind (<c>Toronto Bond
    /// Traders' Association</c>). A country is left alone: its teams are its national sides. A name
    /// never typed a place (<c>General Motors</c>) is left to the rule above.
    /// </summary>
    private static void JoinPlaceNamedBodies(IReadOnlyList<NameNode> nodes, Action<int, int> union)
    {
        Dictionary<string, List<int>>? byFirstWord = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Type == EntityType.Organization && node.Words.Length >= 2 && !node.IsAcronym)
            {
                Add(byFirstWord ??= new Dictionary<string, List<int>>(StringComparer.Ordinal), node.Words[0], i);
            }
        }

        if (byFirstWord is null)
        {
            return;
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            // A known place in capitals (SEATTLE in a standings table) is its name, not an acronym. A
            // country's teams are its national sides, never a club: "Japan" is not "Japan Airlines".
            if (!node.AlsoPlace || (node.IsAcronym && !PlaceNames.Contains(node.Key)) || node.Words.Length == 0
                || PlaceNames.IsCountry(node.Key) || !byFirstWord.TryGetValue(node.Words[0], out var candidates))
            {
                continue;
            }

            int? only = null;
            foreach (var c in candidates)
            {
                if (nodes[c].Words.Length > node.Words.Length && nodes[c].Words.AsSpan().StartsWith(node.Words) && EndsAsTeam(nodes[c].Words))
                {
                    if (only is not null)
                    {
                        only = -1;
                        break;
                    }

                    only = c;
                }
            }

            if (only is >= 0 && !OutweighsHolder(node, nodes[only.Value]))
            {
                union(i, only.Value);
            }
        }
    }

    /// <summary>
    /// Whether a name ends as a team's does: in a plural ("Royals", "Sox") or in a word that clubs
    /// add to their town's name ("Norwich City", "Leeds United"); not "Association" or "Press".
    /// </summary>
    private static bool EndsAsTeam(string[] words) =>
        words[^1] is { Length: > 2 } last
        && ((last[^1] == 's' && last[^2] != 's') || last.EndsWith("sox", StringComparison.Ordinal) || ClubWords.Contains(last));

    /// <summary>Words that British clubs add to their town's name.</summary>
    private static readonly FrozenSet<string> ClubWords =
        FrozenSet.ToFrozenSet(["city", "united", "town", "athletic", "albion", "rovers", "wanderers"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a name is written so much more often than the longer name holding it that it is a
    /// better-known body of its own: "Liverpool" and "Liverpool Echo", "Google" and "Google News",
    /// "Tories" and "South Downs Tories". A team's short name outnumbers its full name a few times
    /// over in results ("HOUSTON" and "Houston Astros", 6 to 1), not tens of times ("Tories" and "South Downs Tories", 39 to 1).
    /// </summary>
    private static bool OutweighsHolder(NameNode part, NameNode holder) => part.Weight > MaxPartWeight * holder.Weight;

    /// <summary>How many times more often a name may be written than the longer name it joins.</summary>
    private const int MaxPartWeight = 8;

    /// <summary>Whether <paramref name="part"/>'s words appear together, in order, in <paramref name="whole"/>.</summary>
    private static bool Holds(string[] whole, string[] part) =>
        whole.Length > part.Length && whole.AsSpan().IndexOf(part.AsSpan()) >= 0;

    /// <summary>Joins <paramref name="i"/> with the node already seen under <paramref name="key"/>; false when it is the first.</summary>
    private static bool Same(Dictionary<(EntityType, string), int> seen, (EntityType, string) key, int i, Action<int, int> union)
    {
        if (!seen.TryGetValue(key, out var first))
        {
            return false;
        }

        union(first, i);
        return true;
    }

    private static void JoinPeople(IReadOnlyList<NameNode> nodes, Action<int, int> union)
    {
        if (nodes.Count(n => n.Type == EntityType.Person) < 2)
        {
            return;
        }

        var bySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byFirstName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Type != EntityType.Person || node.Words.Length == 0 || node.IsTitledFirstName)
            {
                continue;
            }

            Add(bySurname, NameKey.Surname(node.Words[^1]), i);
            if (node.Words.Length >= 2)
            {
                Add(byFirstName, node.Words[0], i);
            }
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Type != EntityType.Person || node.Words.Length == 0)
            {
                continue;
            }

            var candidates = node.IsTitledFirstName
                ? byFirstName.GetValueOrDefault(node.Words[1])
                : bySurname.GetValueOrDefault(NameKey.Surname(node.Words[^1]));
            if (candidates is not null && OnlyLongest(nodes, node, candidates) is { } longest)
            {
                union(i, longest);
            }
            else if (node.Words.Length == 1 && candidates is [_] && byFirstName.GetValueOrDefault(node.Words[0]) is [var only]
                && !CommonFirstNames.Value.Contains(node.Words[0]))
            {
                // "Jansher" (8 mentions) is Jansher Khan: no one's surname, the first name of one
                // full name, and no common first name ("Tony" alone is not always Tony Blair).
                union(i, only);
            }
        }
    }

    /// <summary>First names too common to stand for the one full name a corpus starts with them (<c>Training/name-lists.py</c>).</summary>
    private static readonly Lazy<SortedLines> CommonFirstNames =
        new(() => SortedLines.Parts("EntityExtract.Entities.Resources.common-first-names.txt")[0]);

    /// <summary>The one longest name that <paramref name="node"/> is a shorter form of; null when none or several.</summary>
    private static int? OnlyLongest(IReadOnlyList<NameNode> nodes, NameNode node, List<int> candidates)
    {
        var fits = new List<int>();
        foreach (var c in candidates)
        {
            var candidate = nodes[c];
            if (node.IsTitledFirstName ? candidate.Words.Length >= 2 : AliasResolver.IsFuller(node.Words, candidate.Words))
            {
                fits.Add(c);
            }
        }

        int? longest = null;
        foreach (var c in fits)
        {
            // A fit that is itself a shorter form of another fit is not one of the longest.
            if (fits.Any(o => o != c && AliasResolver.IsFuller(nodes[c].Words, nodes[o].Words)))
            {
                continue;
            }

            if (longest is not null)
            {
                return null;
            }

            longest = c;
        }

        return longest;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int i)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(i);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>Whether <paramref name="a"/> should name a group holding both.</summary>
    internal static bool IsBetterHead(NameNode a, NameNode b)
    {
        int order;
        if ((order = (a.CanonicalKey == a.Key).CompareTo(b.CanonicalKey == b.Key)) != 0
            || (order = b.IsAcronym.CompareTo(a.IsAcronym)) != 0
            || (order = b.IsTitledFirstName.CompareTo(a.IsTitledFirstName)) != 0
            || (order = a.Words.Length.CompareTo(b.Words.Length)) != 0
            || (order = a.Weight.CompareTo(b.Weight)) != 0)
        {
            return order > 0;
        }

        return string.CompareOrdinal(a.Key, b.Key) < 0;
    }
}
