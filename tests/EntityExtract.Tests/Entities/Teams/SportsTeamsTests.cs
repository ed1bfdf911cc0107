using EntityExtract.Entities;
using EntityExtract.Entities.Joining;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tests.Entities.Teams;

/// <summary>
/// A known place in a sports report resolves as the team where its words say so and as the place
/// where they say that; outside sports reports a country typed an organization is the country.
/// Each mention keeps the tagger's type: only its entity changes.
/// </summary>
public sealed class SportsTeamsTests
{
    private static readonly HashSet<EntityType> Kept = [EntityType.Person, EntityType.Location, EntityType.Organization];

    [Fact]
    public void A_country_in_a_match_report_is_the_team_and_in_its_dateline_the_place()
    {
        const string text =
            "CRICKET - ENGLAND BEAT PAKISTAN BY 107 RUNS.\n"
            + "BIRMINGHAM, England 1996-08-31\n"
            + "England beat Pakistan by 107 runs in the second one-day international at Edgbaston on Saturday.\n"
            + "Scores: England 292-8 innings closed, Pakistan 185 in 47 overs. Knight was named man of the match.\n";
        var resolved = Resolve(text,
            ("ENGLAND", EntityType.Location), ("PAKISTAN", EntityType.Location), ("BIRMINGHAM", EntityType.Location),
            ("England", EntityType.Location), ("England", EntityType.Location), ("Pakistan", EntityType.Location),
            ("Edgbaston", EntityType.Location), ("England", EntityType.Location), ("Pakistan", EntityType.Location));

        Assert.Equal(
            [EntityType.Organization, EntityType.Organization, EntityType.Location, EntityType.Location, EntityType.Organization,
                EntityType.Organization, EntityType.Location, EntityType.Organization, EntityType.Organization],
            resolved.Select(r => r.Entity.Type));
        Assert.All(resolved, r => Assert.Equal(EntityType.Location, r.Mention.Type));
        Assert.NotSame(resolved[3].Entity, resolved[4].Entity); // the dateline's England is not the team
        Assert.Same(resolved[4].Entity, resolved[7].Entity);
    }

    [Fact]
    public void A_persons_country_in_parentheses_or_before_her_name_is_the_place()
    {
        const string text =
            "TENNIS - RESULTS AT THE U.S. OPEN.\nWomen's singles, third round: Monica Seles (U.S.) beat Dally Randriantefy (Madagascar) 6-0 6-2.\n"
            + "Jamaica's Merlene Ottey won the 100 metres final; the tennis season goes on. Spain beat Austria 3-2 in the team event.\n";
        var resolved = Resolve(text,
            ("Monica Seles", EntityType.Person), ("U.S.", EntityType.Location), ("Dally Randriantefy", EntityType.Person),
            ("Madagascar", EntityType.Location), ("Jamaica", EntityType.Location), ("Merlene Ottey", EntityType.Person),
            ("Spain", EntityType.Location), ("Austria", EntityType.Location));

        Assert.Equal(
            [EntityType.Person, EntityType.Location, EntityType.Person, EntityType.Location, EntityType.Location, EntityType.Person,
                EntityType.Organization, EntityType.Organization],
            resolved.Select(r => r.Entity.Type));
    }

    [Fact]
    public void Outside_sports_a_country_typed_an_organization_is_the_country_and_a_city_keeps_its_type()
    {
        const string text = "U.S. officials said the sanctions against Russia would stay. Phoenix said its profit rose.\n";
        var resolved = Resolve(text, ("U.S.", EntityType.Organization), ("Russia", EntityType.Location), ("Phoenix", EntityType.Organization));

        Assert.Equal([EntityType.Location, EntityType.Location, EntityType.Organization], resolved.Select(r => r.Entity.Type));
        Assert.Equal(EntityType.Organization, resolved[0].Mention.Type);
    }

    [Fact]
    public void A_political_story_with_a_few_words_of_sport_is_no_sports_report()
    {
        // "defeat", "victory" and "players": not enough to read "against Russia" as a match.
        const string text = "The defeat of the rebels was a victory for Assad, and the key players met. The West kept its sanctions against Russia.\n";
        var resolved = Resolve(text, ("Assad", EntityType.Person), ("West", EntityType.Location), ("Russia", EntityType.Location));

        Assert.Equal(EntityType.Location, resolved[2].Entity.Type);
    }

    [Fact]
    public void Known_places_are_countries_divisions_and_towns_and_only_countries_and_divisions_are_regions()
    {
        Assert.True(PlaceNames.IsCountry(NameKey.Of("France")));
        Assert.True(PlaceNames.IsCountry(NameKey.Of("U.S.")));
        Assert.True(PlaceNames.IsRegion(NameKey.Of("England")));
        Assert.True(PlaceNames.IsRegion(NameKey.Of("TEXAS")));
        Assert.False(PlaceNames.IsRegion(NameKey.Of("Chicago")));
        Assert.True(PlaceNames.Contains(NameKey.Of("Chicago")));
        Assert.False(PlaceNames.IsRegion(NameKey.Of("Manchester"))); // a Jamaican parish, but first an English city
        Assert.False(PlaceNames.Contains(NameKey.Of("General Motors")));
    }

    private static ResolvedMention[] Resolve(string text, params (string Surface, EntityType Type)[] mentions)
    {
        var (tokens, tagged) = AliasResolverTests.Tagged(text, mentions);
        return new MentionResolver(Kept, minScore: 0).Resolve(text, tokens.AsSpan(), tagged, []);
    }
}
