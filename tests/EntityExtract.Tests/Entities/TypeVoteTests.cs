using EntityExtract.Entities;
using EntityExtract.Tagging;

namespace EntityExtract.Tests.Entities;

/// <summary>One type per name per document, by the scores of its mentions.</summary>
public sealed class TypeVoteTests
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

        TypeVote.Apply(text, mentions);

        Assert.Equal([EntityType.Organization, EntityType.Organization, EntityType.Organization, EntityType.Person], mentions.Select(m => m.Type));
    }

    [Fact]
    public void Names_with_one_type_are_left_as_they_are()
    {
        const string text = "Paris and Lyon.";
        var mentions = new List<Mention> { new(0, 5, 0, 1, EntityType.Location, 0.3f), new(10, 14, 2, 1, EntityType.Organization, 0.9f) };

        TypeVote.Apply(text, mentions);

        Assert.Equal([EntityType.Location, EntityType.Organization], mentions.Select(m => m.Type));
    }
}
