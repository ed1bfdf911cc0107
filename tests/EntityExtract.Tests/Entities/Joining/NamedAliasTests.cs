using EntityExtract.Tagging.Labels;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Entities.Joining;

/// <summary>
/// A name the text says another is known by joins it: in the document wherever either stands, and
/// across files through the corpus table, the same after shards and <c>merge</c>.
/// </summary>
public sealed class NamedAliasTests
{
    [Theory]
    [InlineData("Islamic State, also known as Daesh, said Daesh fighters had left.", "Islamic State", "Daesh", EntityType.Organization)]
    [InlineData("Mahmoud Abbas, also known as Abu Mazen, spoke. Abu Mazen left.", "Mahmoud Abbas", "Abu Mazen", EntityType.Person)]
    [InlineData("Armtek Corp, formerly known as Armstrong Rubber Co, said Armstrong Rubber Co was sold.", "Armtek Corp", "Armstrong Rubber Co", EntityType.Organization)]
    [InlineData("Moya, nicknamed Charly, won. Charly smiled.", "Moya", "Charly", EntityType.Person)]
    [InlineData("MCI, which was formerly known as WorldCom, said WorldCom debts were paid.", "MCI", "WorldCom", EntityType.Organization)]
    [InlineData("Myanmar (also called Burma) voted. Burma is poor.", "Myanmar", "Burma", EntityType.Location)]
    [InlineData("Islamic State, also known as \"Daesh\", said Daesh fighters had left.", "Islamic State", "Daesh", EntityType.Organization)]
    public void A_name_known_as_another_joins_it(string text, string name, string alias, EntityType type)
    {
        var entities = AliasResolverTests.Resolve(text, (name, type), (alias, type), (alias, type));

        Assert.Equal([name, name, name], entities.Select(e => e.Display));
    }

    [Fact]
    public void A_name_the_text_calls_an_acronym_for_the_next_joins_it()
    {
        const string text = "\u201CWe are committed to try to destroy Daesh,\u201D he added, using an Arabic acronym for the Islamic State extremist group. Daesh fighters left.";
        var entities = AliasResolverTests.Resolve(text, ("Daesh", EntityType.Organization), ("Islamic State", EntityType.Organization), ("Daesh", EntityType.Organization));

        Assert.Equal(["Islamic State", "Islamic State", "Islamic State"], entities.Select(e => e.Display));
    }

    [Fact]
    public void An_acronym_for_a_name_in_another_sentence_joins_nothing()
    {
        const string text = "Boeing rose. The index is an acronym for the Airbus shares.";
        var entities = AliasResolverTests.Resolve(text, ("Boeing", EntityType.Organization), ("Airbus", EntityType.Organization));

        Assert.NotSame(entities[0], entities[1]);
    }

    [Theory]
    [InlineData("Anthony Hill called Jansher Khan a cheat.", "Anthony Hill", "Jansher Khan")] // the verb of the sentence
    [InlineData("Anthony Hill dubbed Jansher Khan a cheat.", "Anthony Hill", "Jansher Khan")]
    [InlineData("Anthony Hill, who called Jansher Khan a cheat, lost.", "Anthony Hill", "Jansher Khan")]
    [InlineData("Anthony Hill, who is known as Jansher Khan's rival, lost.", "Anthony Hill", "Jansher Khan")]
    public void A_verb_between_two_names_joins_nothing(string text, string first, string second)
    {
        var entities = AliasResolverTests.Resolve(text, (first, EntityType.Person), (second, EntityType.Person));

        Assert.NotSame(entities[0], entities[1]);
    }

    [Fact]
    public void Names_of_two_types_stay_apart()
    {
        var entities = AliasResolverTests.Resolve("Sara Thorsett, known as Texas, won.", ("Sara Thorsett", EntityType.Person), ("Texas", EntityType.Location));

        Assert.NotSame(entities[0], entities[1]);
    }

    private const string Expected =
        """
        type,entity,mentions,files,names,types
        ORGANIZATION,Islamic State,5,3,Daesh (2/2) | Islamic State (3/1) | Daesh,
        LOCATION,Baghdad,1,1,,
        LOCATION,Mosul,1,1,,

        """;

    [Fact]
    public void Files_that_write_only_the_alias_count_on_the_name_s_row_and_merge_agrees()
    {
        using var folder = new TempFolder();
        folder.File("in/a.txt", "The group Islamic State, also known as Daesh, claimed the attack on Monday. Islamic State fighters had entered the city.\n");
        folder.File("in/b.txt", "Daesh said on Tuesday that its fighters had taken Mosul.\n");
        folder.File("in/c.txt", "Officials in Baghdad said Daesh forces had lost ground.\n");

        var single = CliProcess.Run(folder.Path, null, "extract", "in", "--group", "corpus", "-q");
        Assert.Equal(0, single.ExitCode);
        Assert.Equal(Expected.Replace("\r", ""), single.Stdout);

        var rows = CliProcess.Run(folder.Path, null, "extract", "in", "--entity", "-q");
        Assert.Equal(0, rows.ExitCode);
        Assert.All(rows.Stdout.Split('\n').Where(l => l.Contains(",ORGANIZATION,", StringComparison.Ordinal)), l => Assert.EndsWith(",ORGANIZATION,Islamic State", l, StringComparison.Ordinal));

        ShardedRuns.AssertMergeGives(folder.Path, single.Stdout, "extract", "in", "--group", "corpus");
    }
}
