using System.Runtime.InteropServices;
using EntityExtract.Entities.Joining;
using EntityExtract.Entities.Teams;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Entities;

/// <summary>
/// Resolves one document's tagged mentions to entities. Mentions scored below the minimum are
/// dropped first, then each name gets one type per article (<see cref="VoteTypes"/>), then only
/// the wanted types are kept, so a dropped mention never lends its name or type to others. The
/// kept mentions are joined first by position (<see cref="AliasResolver"/>: a surname joins the
/// full name written nearest before it), then by name alone (<see cref="NameJoiner"/>, the rules
/// the corpus table uses across files), so that a file never lists as two entities what the
/// corpus would join. Each entity is named by <see cref="DisplayName"/> from the forms its
/// mentions were written in. One instance per worker: it reuses its scratch list.
/// </summary>
/// <param name="user">The user's lines (<c>--aliases</c>), applied wherever names are joined.</param>
public sealed class MentionResolver(IReadOnlySet<EntityType> types, float minScore, UserAliases? user = null)
{
    /// <summary>Entity types a vote chooses among: those of <see cref="EntityType"/>.</summary>
    private const int Types = EntityTypes.Count;

    private readonly List<Mention> _kept = [];

    /// <param name="tagged">The tagger's mentions, in offset order.</param>
    /// <param name="articleStarts">The first token of every article after the first, as the tagger found them.</param>
    public ResolvedMention[] Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Mention> tagged, IReadOnlyList<int> articleStarts)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        ArgumentNullException.ThrowIfNull(articleStarts);
        _kept.Clear();
        foreach (var mention in tagged)
        {
            if (mention.Score >= minScore)
            {
                _kept.Add(mention);
            }
        }

        foreach (var (mentions, _, _) in Articles(tokens, articleStarts))
        {
            VoteTypes(text, CollectionsMarshal.AsSpan(_kept)[mentions]);
        }

        _kept.RemoveAll(m => !types.Contains(m.Type));
        if (_kept.Count == 0)
        {
            return [];
        }

        // A country's or a state's entity takes the type its words give (its team, or the place);
        // each mention keeps the tagger's type.
        var taggerTypes = _kept.ConvertAll(m => m.Type);
        foreach (var (mentions, firstToken, endToken) in Articles(tokens, articleStarts))
        {
            SportsTeams.Retype(text, tokens, firstToken, endToken, CollectionsMarshal.AsSpan(_kept)[mentions]);
        }

        var names = AliasResolver.Names(text, _kept);

        var entities = JoinByName(names, AliasResolver.Resolve(text, tokens, _kept, names, user), user);
        var resolved = new ResolvedMention[_kept.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            resolved[i] = new ResolvedMention(_kept[i] with { Type = taggerTypes[i] }, entities[i], names[i].Display);
        }

        return resolved;
    }

    /// <summary>
    /// The kept mentions article by article, each as its mentions and its tokens: a piece holding
    /// many articles (a news dump, a feed) is resolved within each, where the tagger's document
    /// evidence was cut too, so one article's "Chelsea" never retypes another's.
    /// </summary>
    private List<(Range Mentions, int FirstToken, int EndToken)> Articles(ReadOnlySpan<Token> tokens, IReadOnlyList<int> articleStarts)
    {
        var articles = new List<(Range, int, int)>(articleStarts.Count + 1);
        var first = 0; // first mention of the current article
        var firstToken = 0;
        for (var a = 0; a < articleStarts.Count; a++)
        {
            var start = tokens[articleStarts[a]].Start;
            var end = first;
            while (end < _kept.Count && _kept[end].Start < start)
            {
                end++;
            }

            articles.Add((first..end, firstToken, articleStarts[a]));
            (first, firstToken) = (end, articleStarts[a]);
        }

        articles.Add((first.._kept.Count, firstToken, tokens.Length));
        return articles;
    }

    /// <summary>
    /// One type per name: where the tagger typed one name (case folded) two ways, every mention of
    /// it takes the type with the larger sum of scores (ties: the type listed first in
    /// <see cref="EntityType"/>). "Valve" tagged PERSON once and ORGANIZATION twice is an
    /// organization. Rewrites the types of <paramref name="mentions"/> in place.
    /// </summary>
    internal static void VoteTypes(ReadOnlySpan<char> text, Span<Mention> mentions)
    {
        if (mentions.Length < 2)
        {
            return;
        }

        var keys = new string[mentions.Length];
        var votes = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var mixed = false;
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            keys[i] = NameKey.Of(text[mention.Start..mention.End]);
            if (!votes.TryGetValue(keys[i], out var sums))
            {
                votes[keys[i]] = sums = new double[Types];
            }
            else if (sums[(int)mention.Type] == 0)
            {
                mixed = true;
            }

            sums[(int)mention.Type] += Math.Max(mention.Score, float.Epsilon);
        }

        if (!mixed)
        {
            return; // the usual case: every name has one type already
        }

        for (var i = 0; i < mentions.Length; i++)
        {
            var sums = votes[keys[i]];
            var best = 0;
            for (var t = 1; t < Types; t++)
            {
                if (sums[t] > sums[best])
                {
                    best = t;
                }
            }

            if ((int)mentions[i].Type != best)
            {
                mentions[i] = mentions[i] with { Type = (EntityType)best };
            }
        }
    }

    /// <summary>Joins the entities found by position by name alone, and names each group.</summary>
    private static NameEntity[] JoinByName(MentionName[] names, NameEntity[] entities, UserAliases? user)
    {
        var index = new Dictionary<NameEntity, int>(ReferenceEqualityComparer.Instance);
        var distinct = new List<NameEntity>();
        var weights = new List<long>();
        var of = new int[entities.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            if (!index.TryGetValue(entities[i], out var k))
            {
                index[entities[i]] = k = distinct.Count;
                distinct.Add(entities[i]);
                weights.Add(0);
            }

            weights[k]++;
            of[i] = k;
        }

        var roots = NameJoiner.Join(distinct.Select((e, k) => NameNode.WithWords(e.Type, e.Key, e.Display, weights[k], e.Words)).ToList(), user);

        // The name shown: of the forms written with the group's own key, by the display rule.
        var forms = new Dictionary<(int Root, string Form), long>();
        for (var i = 0; i < names.Length; i++)
        {
            var root = roots[of[i]];
            if (names[i].Key == distinct[root].Key)
            {
                forms[(root, names[i].Display)] = forms.GetValueOrDefault((root, names[i].Display)) + 1;
            }
        }

        var best = new (string? Form, long Weight)[distinct.Count];
        foreach (var ((root, form), count) in forms)
        {
            if (DisplayName.IsBetter(form, count, best[root].Form, best[root].Weight))
            {
                best[root] = (form, count);
            }
        }

        var named = new NameEntity?[distinct.Count];
        var result = new NameEntity[entities.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            var root = roots[of[i]];
            var head = distinct[root];
            result[i] = named[root] ??= new NameEntity(head.Type, head.Key, best[root].Form ?? head.Display, head.Words);
        }

        return result;
    }
}
