using EntityExtract.Entities.Joining;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// The indexed alias resolver against a plain twin that rescans every mention resolved so far,
/// on seeded random documents full of shared surnames, Arabic articles and acronyms.
/// </summary>
public sealed class AliasResolverPropertyTests
{
    private static readonly (string Surface, EntityType Type)[] s_pool =
    [
        ("John F. Kerry", EntityType.Person), ("John Kerry", EntityType.Person), ("Kerry", EntityType.Person), ("Mr. Kerry", EntityType.Person),
        ("Bashar al-Assad", EntityType.Person), ("Hafez al-Assad", EntityType.Person), ("Assad", EntityType.Person), ("al-Assad", EntityType.Person),
        ("Sergei Lavrov", EntityType.Person), ("Lavrov", EntityType.Person), ("Sergei Shoigu", EntityType.Person), ("Sergei", EntityType.Person),
        ("Maria Garcia Lopez", EntityType.Person), ("Garcia Lopez", EntityType.Person), ("Maria Lopez", EntityType.Person), ("Lopez", EntityType.Person),
        ("United Nations", EntityType.Organization), ("UN", EntityType.Organization), ("U.N.", EntityType.Organization),
        ("Union Nationale", EntityType.Organization), ("Bank of England", EntityType.Organization), ("BOE", EntityType.Organization), ("BE", EntityType.Organization),
        ("United States", EntityType.Location), ("US", EntityType.Location), ("UN", EntityType.Location), ("New York", EntityType.Location), ("NY", EntityType.Location),
    ];

    [Fact]
    public void Indexed_resolution_equals_rescanning_every_mention()
    {
        const int Seed = 4242;
        var random = new Random(Seed);
        for (var trial = 0; trial < 300; trial++)
        {
            var picks = Enumerable.Range(0, 1 + random.Next(120)).Select(_ => s_pool[random.Next(s_pool.Length)]).ToArray();
            var text = string.Join(" said that ", picks.Select(p => p.Surface)) + ".";
            var fast = AliasResolverTests.Resolve(text, picks);
            var slow = Rescan(text, fast.Length, picks);
            for (var i = 0; i < fast.Length; i++)
            {
                Assert.True(
                    (fast[i].Type, fast[i].Key, fast[i].Display) == slow[i],
                    $"mention {i} '{picks[i].Surface}': {fast[i].Display} vs {slow[i].Display} (seed {Seed}, trial {trial})");
            }
        }
    }

    /// <summary>Resolution as first written: every earlier mention and every entity is looked at again for each new name.</summary>
    private static (EntityType Type, string Key, string Display)[] Rescan(string text, int count, (string Surface, EntityType Type)[] picks)
    {
        var mentions = new List<Mention>();
        var from = 0;
        foreach (var (surface, type) in picks)
        {
            var start = text.IndexOf(surface, from, StringComparison.Ordinal);
            mentions.Add(new Mention(start, start + surface.Length, 0, 1, type, 0.9f));
            from = start + surface.Length;
        }

        var names = mentions.Select(m => MentionName.Of(text, m)).ToArray();
        var result = new (EntityType Type, string Key, string Display, string[] Words)?[count];
        var entities = new List<(EntityType Type, string Key, string Display, string[] Words)>();
        var byKey = new Dictionary<(EntityType, string), (EntityType, string, string, string[])>();
        foreach (var fullForms in new[] { true, false })
        {
            for (var i = 0; i < count; i++)
            {
                if (names[i].IsShortForm == fullForms)
                {
                    continue;
                }

                var name = names[i];
                var type = mentions[i].Type;
                if (!byKey.TryGetValue((type, name.Key), out var entity))
                {
                    entity = Longer(type, name, mentions[i].Start)
                        ?? Initials(type, name)
                        ?? (type, name.Key, name.Display, name.Words);
                    if (entity.Item2 == name.Key && entity.Item3 == name.Display && !entities.Contains(entity))
                    {
                        entities.Add(entity);
                    }

                    byKey.TryAdd((type, name.Key), entity);
                }

                result[i] = entity;
            }
        }

        return result.Select(e => (e!.Value.Type, e.Value.Key, e.Value.Display)).ToArray();

        (EntityType, string, string, string[])? Longer(EntityType type, MentionName name, int start)
        {
            if (type != EntityType.Person)
            {
                return null;
            }

            (EntityType, string, string, string[])? before = null, after = null;
            int beforeStart = -1, afterStart = int.MaxValue;
            for (var i = 0; i < count; i++)
            {
                if (result[i] is not { } candidate || candidate.Type != type || candidate.Words.Length <= name.Words.Length
                    || !AliasResolver.IsShorterForm(name.Words, candidate.Words))
                {
                    continue;
                }

                if (mentions[i].Start < start && mentions[i].Start > beforeStart)
                {
                    (before, beforeStart) = (candidate, mentions[i].Start);
                }
                else if (mentions[i].Start > start && mentions[i].Start < afterStart)
                {
                    (after, afterStart) = (candidate, mentions[i].Start);
                }
            }

            return before ?? after;
        }

        (EntityType, string, string, string[])? Initials(EntityType type, MentionName name)
        {
            if (type is not (EntityType.Organization or EntityType.Location) || !AliasResolver.IsAcronym(name.Display))
            {
                return null;
            }

            var letters = new string([.. name.Display.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
            foreach (var entity in entities)
            {
                if (entity.Type == type && entity.Words.Length >= 2 && AliasResolver.Initials(entity.Words) == letters)
                {
                    return entity;
                }
            }

            return null;
        }
    }
}
