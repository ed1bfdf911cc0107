using EntityExtract.Entities.Joining;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tests.Entities.Joining;

/// <summary>Each rule that joins names across files, and the cases it must leave apart.</summary>
public sealed class NameJoinerTests
{
    [Fact]
    public void A_surname_joins_the_one_longest_name_it_fits()
    {
        var heads = Heads(Person("Carter", 3), Person("Ashton B. Carter", 7), Person("Ashton Carter", 1), Person("Missy Ryan", 2));

        Assert.Equal("Ashton B. Carter", heads["Carter"]);
        Assert.Equal("Ashton B. Carter", heads["Ashton Carter"]);
        Assert.Equal("Missy Ryan", heads["Missy Ryan"]);
    }

    [Fact]
    public void Two_carters_leave_carter_alone_apart()
    {
        var heads = Heads(Person("Carter", 3), Person("Ashton B. Carter", 7), Person("Ashton Carter", 1), Person("Jimmy Carter", 4));

        Assert.Equal("Carter", heads["Carter"]);
        Assert.Equal("Ashton B. Carter", heads["Ashton Carter"]);
        Assert.Equal("Jimmy Carter", heads["Jimmy Carter"]);
    }

    [Fact]
    public void First_and_last_name_join_the_name_with_a_middle_initial_only_when_it_is_the_only_one()
    {
        Assert.Equal("John F. Kerry", Heads(Person("John Kerry", 2), Person("John F. Kerry", 9))["John Kerry"]);
        Assert.Equal("John Kerry", Heads(Person("John Kerry", 2), Person("John F. Kerry", 9), Person("John G. Kerry", 1))["John Kerry"]);
    }

    [Fact]
    public void A_first_name_after_sir_joins_the_one_full_name_starting_with_it()
    {
        Assert.Equal("Nicholas Soames", Heads(Person("Sir Nicholas", 2), Person("Nicholas Soames", 3))["Sir Nicholas"]);
        Assert.Equal("Sir Nicholas", Heads(Person("Sir Nicholas", 2), Person("Nicholas Soames", 3), Person("Nicholas Winterton", 1))["Sir Nicholas"]);

        // A surname alone never joins a titled first name.
        Assert.Equal("Nicholas", Heads(Person("Sir Nicholas", 2), Person("Nicholas", 3))["Nicholas"]);
    }

    [Fact]
    public void Curated_abbreviations_join_their_full_name_which_names_the_group()
    {
        var heads = Heads(Place("US", 1269), Place("U.S.", 40), Place("USA", 3), Place("United States", 146), Org("EU", 50), Org("European Union", 9), Org("NATO", 4));

        Assert.All(["US", "U.S.", "USA"], n => Assert.Equal("United States", heads[n]));
        Assert.Equal("European Union", heads["EU"]);
        Assert.Equal("NATO", heads["NATO"]);
    }

    [Fact]
    public void Abbreviations_without_their_full_name_are_still_one_entity()
    {
        var heads = Heads(Place("US", 10), Place("U.S.", 40));

        Assert.Equal(heads["US"], heads["U.S."]);
    }

    [Fact]
    public void Acronyms_with_the_same_letters_join()
    {
        var heads = Heads(Org("U.N.", 3), Org("UN", 5));

        Assert.Equal(heads["U.N."], heads["UN"]);
    }

    [Fact]
    public void An_acronym_joins_the_name_a_file_defined_it_for_unless_two_names_claim_it()
    {
        var fsb = Node(EntityType.Organization, "Federal Security Service", 4, "FSB");
        Assert.Equal("Federal Security Service", Heads(Org("FSB", 6), fsb)["FSB"]);

        var other = Node(EntityType.Organization, "Financial Stability Board", 2, "FSB");
        Assert.Equal("FSB", Heads(Org("FSB", 6), fsb, other)["FSB"]);
    }

    [Fact]
    public void Names_of_different_types_never_join()
    {
        var heads = Heads(Place("US", 3), Org("United States", 1), Person("Carter", 1), Node(EntityType.Location, "Jimmy Carter", 1));

        Assert.Equal("US", heads["US"]);
        Assert.Equal("Carter", heads["Carter"]);
    }

    [Fact]
    public void The_groups_do_not_depend_on_the_order_of_the_names()
    {
        NameNode[] nodes =
        [
            Person("Carter", 3), Person("Ashton B. Carter", 7), Person("Ashton Carter", 1), Person("Kerry", 2), Person("John F. Kerry", 3),
            Place("US", 9), Place("U.S.", 4), Place("United States", 2), Org("EU", 5), Org("European Union", 1), Org("E.U.", 1),
        ];
        var expected = Heads(nodes);
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            Assert.Equal(expected, Heads(nodes.OrderBy(_ => random.Next()).ToArray()));
        }
    }

    private static NameNode Person(string name, long weight) => Node(EntityType.Person, name, weight);

    private static NameNode Place(string name, long weight) => Node(EntityType.Location, name, weight);

    private static NameNode Org(string name, long weight) => Node(EntityType.Organization, name, weight);

    private static NameNode Node(EntityType type, string name, long weight, params string[] aliases) =>
        new(type, NameKey.Of(name), name, weight, aliases);

    /// <summary>Each name's group head, by the name's display (names of these tests are distinct).</summary>
    private static Dictionary<string, string> Heads(params NameNode[] nodes)
    {
        var roots = NameJoiner.Join(nodes);
        return nodes.Select((n, i) => (n.Display, Head: nodes[roots[i]].Display)).ToDictionary(p => p.Display, p => p.Head);
    }
}
