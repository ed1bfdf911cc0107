using System.Runtime.InteropServices;
using EntityExtract.Entities;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tests.Tagging;

namespace EntityExtract.Tests.Entities;

/// <summary>Resolution of one document's mentions: the filters, applied once, and one type per name by the scores of its mentions.</summary>
public sealed class MentionResolverTests
{
    [Fact]
    public void A_name_typed_two_ways_takes_the_type_with_more_score()
    {
        const string text = "Valve said. VALVE said. Valve said. Valve Corp said.";
        var mentions = new List<Mention>
        {
            new(0, 5, 0, 1, EntityType.Person, 0.9f),
            new(12, 17, 3, 1, EntityType.Organization, 0.6f),
            new(24, 29, 6, 1, EntityType.Organization, 0.5f),
            new(36, 46, 9, 2, EntityType.Person, 0.4f),
        };

        MentionResolver.VoteTypes(text, CollectionsMarshal.AsSpan(mentions));

        Assert.Equal([EntityType.Organization, EntityType.Organization, EntityType.Organization, EntityType.Person], mentions.Select(m => m.Type));
    }

    [Fact]
    public void Names_with_one_type_are_left_as_they_are()
    {
        const string text = "Paris and Lyon.";
        var mentions = new List<Mention> { new(0, 5, 0, 1, EntityType.Location, 0.3f), new(10, 14, 2, 1, EntityType.Organization, 0.9f) };

        MentionResolver.VoteTypes(text, CollectionsMarshal.AsSpan(mentions));

        Assert.Equal([EntityType.Location, EntityType.Organization], mentions.Select(m => m.Type));
    }

    [Fact]
    public void Each_kept_mention_comes_with_its_entity_and_form_and_the_filters_apply_once()
    {
        string[] words = ["Valve", "said", ".", "Paris", "is", "big", "."];
        var text = string.Join(' ', words);
        var tokens = TestText.Tokens(words);
        var tagged = new List<Mention> { new(0, 5, 0, 1, EntityType.Organization, 0.9f), new(13, 18, 3, 1, EntityType.Location, 0.3f) };

        var resolved = new MentionResolver(new HashSet<EntityType> { EntityType.Organization, EntityType.Location }, minScore: 0.5f).Resolve(text, tokens, tagged, []);

        var only = Assert.Single(resolved);
        Assert.Equal(tagged[0], only.Mention);
        Assert.Equal("Valve", only.Entity.Display);
        Assert.Equal("Valve", only.Form);
        Assert.Empty(new MentionResolver(new HashSet<EntityType> { EntityType.Person }, minScore: 0).Resolve(text, tokens, tagged, []));
    }
}
