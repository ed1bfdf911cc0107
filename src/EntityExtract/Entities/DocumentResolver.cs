using EntityExtract.Entities.Joining;
using EntityExtract.Tagging;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Entities;

/// <summary>
/// Resolves one document's mentions to entities: first by position (<see cref="AliasResolver"/>:
/// a surname joins the full name written nearest before it), then by name alone
/// (<see cref="NameJoiner"/>, the rules the corpus table uses across files), so that a file never
/// lists as two entities what the corpus would join. Each entity is named by
/// <see cref="DisplayName"/> from the forms its mentions were written in.
/// </summary>
public static class DocumentResolver
{
    public static ResolvedMentions Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count == 0)
        {
            return ResolvedMentions.Empty;
        }

        var names = AliasResolver.Names(text, mentions);
        var forms = new string[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            forms[i] = names[i].Display;
        }

        var byPosition = AliasResolver.Resolve(text, tokens, mentions, names);
        return new ResolvedMentions(JoinByName(names, byPosition), forms);
    }

    private static NameEntity[] JoinByName(MentionName[] names, NameEntity[] entities)
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

        var roots = NameJoiner.Join(distinct.Select((e, k) => NameNode.WithWords(e.Type, e.Key, e.Display, weights[k], e.Words)).ToList());

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
