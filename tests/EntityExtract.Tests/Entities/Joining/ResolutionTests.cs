using EntityExtract.Entities.Joining;
using EntityExtract.Entities.Tables;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tests.Entities.Joining;

/// <summary>Resolution rules that must hold for any corpus, each with the groups it must give exactly.</summary>
public sealed class ResolutionTests
{
    [Fact]
    public void A_country_in_parentheses_after_a_person_is_not_her_alias()
    {
        const string text = "Sara Thorsett (U.S.) won the race. The U.S. team came second.";
        var entities = AliasResolverTests.Resolve(text,
            ("Sara Thorsett", EntityType.Person),
            ("U.S.", EntityType.Location),
            ("U.S.", EntityType.Location));

        Assert.Equal(["Sara Thorsett", "U.S.", "U.S."], entities.Select(e => e.Display));
        Assert.Same(entities[1], entities[2]);
    }

    [Fact]
    public void An_acronym_in_parentheses_is_an_alias_only_when_it_fits_the_name()
    {
        const string text = "The Federal Security Service (FSB) met the Interior Ministry (NATO). The FSB and NATO said so.";
        var entities = AliasResolverTests.Resolve(text,
            ("Federal Security Service", EntityType.Organization),
            ("Interior Ministry", EntityType.Organization),
            ("FSB", EntityType.Organization),
            ("NATO", EntityType.Organization));

        Assert.Equal(["Federal Security Service", "Interior Ministry", "Federal Security Service", "NATO"], entities.Select(e => e.Display));
    }

    [Fact]
    public void A_person_of_another_file_does_not_take_a_place_as_alias()
    {
        var heads = Heads(
            new NameNode(EntityType.Person, "sara thorsett", "Sara Thorsett", 3, ["U.S."]),
            Node(EntityType.Location, "U.S.", 40),
            Node(EntityType.Location, "United States", 9));

        Assert.Equal("Sara Thorsett", heads["Sara Thorsett"]);
        Assert.Equal("United States", heads["U.S."]);
    }

    [Fact]
    public void A_country_joins_its_long_form_from_the_country_list()
    {
        var heads = Heads(Node(EntityType.Location, "Russia", 44), Node(EntityType.Location, "Russian Federation", 2),
            Node(EntityType.Location, "Netherlands", 11), Node(EntityType.Location, "Kingdom of the Netherlands", 1),
            Node(EntityType.Location, "China", 20), Node(EntityType.Location, "Republic of China", 2));

        Assert.Equal(heads["Russia"], heads["Russian Federation"]);
        Assert.Equal(heads["Netherlands"], heads["Kingdom of the Netherlands"]);
        Assert.NotEqual(heads["China"], heads["Republic of China"]); // Taiwan, not China
    }

    [Fact]
    public void A_name_written_with_its_words_cut_short_joins_the_one_name_they_start()
    {
        var heads = Heads(Org("Liberal Democrats", 72), Org("Liberal Democrat", 3), Org("Lib Dem", 56), Org("Lib Dems", 46),
            Org("Man City", 9), Org("Manchester City", 24), Org("BBC News", 150), Org("BBC Newcastle", 3),
            Org("European Commission", 58), Org("European Commissioner", 1), Org("Korea Development Bank", 1), Org("Korean Development Bank", 3),
            Org("Man Utd", 4), Org("Manchester United", 150), Org("Manchester Utd Academy", 1));

        Assert.Equal("Liberal Democrats", heads["Lib Dem"]);
        Assert.Equal("Liberal Democrats", heads["Lib Dems"]);
        Assert.Equal("Liberal Democrats", heads["Liberal Democrat"]);
        Assert.Equal("Manchester City", heads["Man City"]);
        Assert.Equal("BBC Newcastle", heads["BBC Newcastle"]); // "News" is no plural cut short
        Assert.Equal("European Commissioner", heads["European Commissioner"]); // cut by two letters: another word
        Assert.Equal("Korea Development Bank", heads["Korea Development Bank"]);
        Assert.Equal("Man Utd", heads["Man Utd"]); // "Utd" starts no word
    }

    [Fact]
    public void A_country_joins_the_short_names_its_factbook_etymology_gives()
    {
        var heads = Heads(Node(EntityType.Location, "Britain", 632), Node(EntityType.Location, "United Kingdom", 40),
            Node(EntityType.Location, "UK", 663), Node(EntityType.Location, "America", 188), Node(EntityType.Location, "US", 1171), Node(EntityType.Location, "United States", 152),
            Node(EntityType.Location, "Ireland", 291), Node(EntityType.Location, "Virgin Islands", 1));

        Assert.Equal("United Kingdom", heads["Britain"]);
        Assert.Equal("United Kingdom", heads["UK"]);
        Assert.Equal("United States", heads["America"]);
        Assert.Equal("Ireland", heads["Ireland"]); // named in the same note, a country of its own
        Assert.Equal("Virgin Islands", heads["Virgin Islands"]); // "Virgin Islands of the United States" does not restate the United States
    }

    [Fact]
    public void Company_and_party_forms_join_across_suffix_spacing_plural_and_article()
    {
        var heads = Heads(Org("General Motors", 70), Org("General Motors Corp", 3), Org("Time Warner", 3), Org("TimeWarner", 7),
            Org("Conservatives", 10), Org("Conservative Party", 4), Place("The Oval", 4), Place("Oval", 1),
            Org("General Motors Europe", 2), Org("Labour", 60));

        Assert.Equal(heads["General Motors"], heads["General Motors Corp"]);
        Assert.Equal(heads["Time Warner"], heads["TimeWarner"]);
        Assert.Equal(heads["Conservatives"], heads["Conservative Party"]);
        Assert.Equal(heads["The Oval"], heads["Oval"]);
        Assert.Equal("General Motors Europe", heads["General Motors Europe"]);
        Assert.NotEqual(heads["General Motors"], heads["Labour"]);
    }

    [Fact]
    public void A_one_word_organization_joins_the_one_fullest_name_holding_it()
    {
        var heads = Heads(Org("Marlins", 1), Org("Florida Marlins", 1), Org("Commerce", 1), Org("Commerce Department", 4),
            Org("Chicago", 12), Org("Chicago White Sox", 1), Org("Chicago Cubs", 1), Org("General Motors", 9), Org("General Motors Europe", 2));

        Assert.Equal("Florida Marlins", heads["Marlins"]);
        Assert.Equal("Commerce Department", heads["Commerce"]);
        Assert.Equal("Chicago", heads["Chicago"]); // two teams hold it
        Assert.Equal("General Motors", heads["General Motors"]); // a subsidiary is another body
    }

    [Fact]
    public void A_one_word_name_written_many_times_more_often_than_its_only_holder_is_a_body_of_its_own()
    {
        var heads = Heads(Org("Liverpool", 145), Org("Liverpool Echo", 1), Org("Tories", 194), Org("South Downs Tories", 5),
            Org("Houston", 6), Org("Houston Astros", 1), Org("Marlins", 8), Org("Florida Marlins", 1));

        Assert.Equal("Liverpool", heads["Liverpool"]);
        Assert.Equal("Tories", heads["Tories"]); // 39 to 1: another body
        Assert.Equal("Florida Marlins", heads["Marlins"]); // 8 to 1: still the short name
        Assert.Equal("Houston Astros", heads["Houston"]);
    }

    [Fact]
    public void An_acronym_defined_by_two_forms_of_one_name_joins_it_and_by_two_names_stays_apart()
    {
        var heads = Heads(Org("FT", 3), Org("Financial Times", 26) with { Aliases = ["FT"] }, Org("The Financial Times", 2) with { Aliases = ["FT"] },
            Org("ABC", 2), Org("Alpha Beta Corp", 5) with { Aliases = ["ABC"] }, Org("Acme Broadcasting", 5) with { Aliases = ["ABC"] });

        Assert.Equal(heads["Financial Times"], heads["FT"]);
        Assert.Equal("ABC", heads["ABC"]); // two bodies defined it
    }

    [Fact]
    public void An_initial_joins_the_one_first_name_it_stands_for_and_a_different_first_name_never()
    {
        var heads = Heads(Person("A. Hollioake", 5), Person("Adam Hollioake", 2), Person("Thom Brown", 1), Person("Gordon Brown", 50),
            Person("J. Smith", 1), Person("John Smith", 1), Person("Jane Smith", 1));

        Assert.Equal(heads["Adam Hollioake"], heads["A. Hollioake"]);
        Assert.Equal("Thom Brown", heads["Thom Brown"]);
        Assert.Equal("J. Smith", heads["J. Smith"]); // two first names fit
    }

    [Fact]
    public void Mrs_next_to_mr_of_the_same_surname_is_not_joined_to_his_full_name()
    {
        const string text = "Michael Howard spoke. Mr Howard and Mrs Howard left. Mrs Howard smiled.";
        var entities = AliasResolverTests.Resolve(text,
            ("Michael Howard", EntityType.Person),
            ("Mr Howard", EntityType.Person),
            ("Mrs Howard", EntityType.Person),
            ("Mrs Howard", EntityType.Person));

        Assert.Equal(["Michael Howard", "Michael Howard", "Mrs Howard", "Mrs Howard"], entities.Select(e => e.Display));
    }

    [Fact]
    public void Mrs_before_a_surname_found_without_its_title_is_read_from_the_text()
    {
        const string text = "Michael Howard spoke. Mr Howard and Mrs Howard left.";
        var entities = AliasResolverTests.Resolve(text,
            ("Michael Howard", EntityType.Person),
            ("Howard", EntityType.Person),
            ("Howard", EntityType.Person));

        Assert.Equal(["Michael Howard", "Michael Howard", "Mrs Howard"], entities.Select(e => e.Display));
    }

    [Fact]
    public void Mrs_with_a_full_name_and_no_mr_joins_it()
    {
        const string text = "Hillary Clinton spoke. Mrs Clinton left.";
        var entities = AliasResolverTests.Resolve(text, ("Hillary Clinton", EntityType.Person), ("Mrs Clinton", EntityType.Person));

        Assert.Same(entities[0], entities[1]);
    }

    [Fact]
    public void Mrs_in_a_document_with_no_full_name_of_hers_keeps_her_title_and_stays_apart_from_his_across_files()
    {
        const string text = "Mrs Wilkinson watched her son from the stand.";
        var name = AliasResolver.Names(text, [Mention(text, "Wilkinson", EntityType.Person)]);

        Assert.Equal("mrs wilkinson", name[0].Key);
        var heads = Heads(new NameNode(EntityType.Person, name[0].Key, name[0].Display, 1, []), Node(EntityType.Person, "Jonny Wilkinson", 40));
        Assert.Equal("Mrs Wilkinson", heads["Mrs Wilkinson"]);
    }

    [Fact]
    public void Joining_does_not_depend_on_the_order_names_are_added()
    {
        var entries = new (EntityType Type, string Name, long Mentions)[]
        {
            (EntityType.Location, "Chicago", 5), (EntityType.Organization, "CHICAGO", 7), (EntityType.Organization, "White Sox", 2),
            (EntityType.Organization, "Chicago White Sox", 1), (EntityType.Location, "Russian Federation", 2), (EntityType.Location, "Russia", 9),
            (EntityType.Person, "A. Stewart", 2), (EntityType.Person, "Alec Stewart", 1), (EntityType.Organization, "TimeWarner", 1),
        };

        static string Table(IEnumerable<(EntityType Type, string Name, long Mentions)> order)
        {
            var names = new CorpusNames();
            foreach (var (type, name, mentions) in order)
            {
                names.Add(type, [new NameEntry(name, mentions, 1, [])], null);
            }

            return string.Join("\n", names.Join().Select(r => $"{r.Type},{r.Display},{r.Mentions},{r.Names}").Order(StringComparer.Ordinal));
        }

        Assert.Equal(Table(entries), Table(entries.Reverse()));
        Assert.Equal(Table(entries), Table(entries.OrderBy(e => e.Name, StringComparer.Ordinal)));
    }

    [Fact]
    public void A_first_name_alone_joins_the_one_full_name_it_starts_unless_it_is_a_surname_or_common()
    {
        var heads = Heads(Person("Jansher Khan", 3), Person("Jansher", 8), Person("Tony Blair", 50), Person("Tony", 3),
            Person("Carl Lewis", 4), Person("Lewis Hamilton", 6), Person("Lewis", 2), Person("Saddam Hussein", 2), Person("Saddam", 2));

        Assert.Equal("Jansher Khan", heads["Jansher"]);
        Assert.Equal("Saddam Hussein", heads["Saddam"]);
        Assert.Equal("Tony", heads["Tony"]); // a common first name
        Assert.Equal("Carl Lewis", heads["Lewis"]); // a surname first
    }

    [Fact]
    public void An_organization_after_a_countrys_short_form_joins_the_name_written_alone()
    {
        var heads = Heads(Org("U.N. Security Council", 1), Org("Security Council", 3), Org("U.S. Treasury", 1), Org("UK Treasury", 1),
            Org("Treasury", 3), Org("EU China", 1), Named("China", 6), Org("Bangladesh Commerce Ministry", 1), Org("Commerce Ministry", 2));

        Assert.Equal(heads["Security Council"], heads["U.N. Security Council"]);
        Assert.Equal("Treasury", heads["Treasury"]); // two prefixes: neither is it
        Assert.Equal("U.S. Treasury", heads["U.S. Treasury"]);
        Assert.Equal("China", heads["China"]); // a place is no organization's name
        Assert.Equal("Commerce Ministry", heads["Commerce Ministry"]); // a country's own name is no short form
    }

    [Fact]
    public void A_town_named_organization_joins_the_one_team_named_after_it_but_a_country_no_club()
    {
        var heads = Heads(Named("SEATTLE", 6), Org("Seattle Mariners", 4), Named("TORONTO", 3), Org("Toronto Bond Traders' Association", 1),
            Named("Norwich", 3), Org("Norwich City", 1), Named("Japan", 11), Org("Japan Airlines", 5), Named("CHICAGO", 12),
            Org("Chicago White Sox", 1), Org("Chicago Cubs", 1));

        Assert.Equal("Seattle Mariners", heads["SEATTLE"]);
        Assert.Equal("Norwich City", heads["Norwich"]);
        Assert.Equal("TORONTO", heads["TORONTO"]); // an association is no team
        Assert.Equal("Japan", heads["Japan"]); // a country's teams are its national sides
        Assert.Equal("CHICAGO", heads["CHICAGO"]); // two teams
    }

    private static NameNode Named(string name, long weight) => Org(name, weight) with { AlsoPlace = true };

    private static NameNode Person(string name, long weight) => Node(EntityType.Person, name, weight);

    private static NameNode Place(string name, long weight) => Node(EntityType.Location, name, weight);

    private static NameNode Org(string name, long weight) => Node(EntityType.Organization, name, weight);

    private static NameNode Node(EntityType type, string name, long weight) => new(type, NameKey.Of(name), name, weight, []);

    private static Dictionary<string, string> Heads(params NameNode[] nodes)
    {
        var roots = NameJoiner.Join(nodes);
        return nodes.Select((n, i) => (n.Display, Head: nodes[roots[i]].Display)).ToDictionary(p => p.Display, p => p.Head);
    }

    private static EntityExtract.Tagging.Mention Mention(string text, string surface, EntityType type)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        return new EntityExtract.Tagging.Mention(start, start + surface.Length, 0, 1, type, 0.9f);
    }
}
