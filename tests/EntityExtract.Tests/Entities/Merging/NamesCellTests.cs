using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Entities.Merging;

/// <summary>
/// The corpus table's <c>names</c> cell lists each name once: a name a file joined into the row that
/// the corpus also counts ("Labour", joined into "Labour Party" in one file, written alone in
/// another) appears once, with its counts. An acronym a file defined stays after the names, since
/// merge joins names across files by it; shards merged give the single run's bytes.
/// </summary>
public sealed class NamesCellTests
{
    private const string Expected =
        """
        type,entity,mentions,files,names,types
        ORGANIZATION,Labour Party,5,3,Labour (2/1) | Labour Party (3/2),
        ORGANIZATION,The Financial Times,4,2,FT (1/1) | The Financial Times (3/1) | FT,
        LOCATION,Brighton,1,1,,
        LOCATION,Leeds,1,1,,
        LOCATION,London,1,1,,
        LOCATION,Manchester,1,1,,
        ORGANIZATION,Pearson,1,1,,

        """;

    [Fact]
    public void Each_name_is_listed_once_and_merged_shards_give_the_same_cells()
    {
        using var folder = new TempFolder();
        folder.File("in/a.txt", "The Financial Times (FT) said on Monday that its sales rose. The FT said the rise came from online readers.\n");
        folder.File("in/b.txt", "Shares in Pearson rose after the FT reported a new editor in London.\n");
        folder.File("in/c.txt", "The Labour Party met in Brighton on Sunday. Labour leaders said the vote would be close.\n");
        folder.File("in/d.txt", "Labour won the seat in Leeds, and Labour officials celebrated.\n");
        folder.File("in/e.txt", "The Labour Party chose a new leader in Manchester.\n");

        var single = CliProcess.Run(folder.Path, null, "extract", "in", "--group", "corpus", "-q");
        Assert.Equal(0, single.ExitCode);
        Assert.Equal(Expected.Replace("\r", ""), single.Stdout);

        ShardedRuns.AssertMergeGives(folder.Path, single.Stdout, "extract", "in", "--group", "corpus");
    }
}
