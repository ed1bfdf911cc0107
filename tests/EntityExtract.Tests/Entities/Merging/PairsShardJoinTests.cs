using System.Text;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Entities.Merging;

/// <summary>
/// A shard can join two names that the whole input keeps apart: here <c>defined.txt</c> defines
/// USDA for the U.S. Agriculture Department, <c>other-a.txt</c> for the Farm Department,
/// and <c>both.txt</c> names the U.S. Agriculture Department and USDA in one sentence. The shard of
/// <c>both.txt</c> and <c>defined.txt</c> joins the two names; the whole input (two definitions)
/// does not. The shard keeps the pair as a row of the entity with itself, so the merge still
/// counts it and equals one run byte for byte.
/// </summary>
public sealed class PairsShardJoinTests
{
    [Fact]
    public void Pairs_of_names_a_shard_joins_still_count_in_the_merge()
    {
        using var folder = new TempFolder();
        folder.File("docs/defined.txt",
            "The U.S. Agriculture Department (USDA) raised its forecast for the wheat harvest on Monday.\n\n"
            + "USDA officials said the estimate was based on a survey of farmers.\n");
        folder.File("docs/both.txt",
            "Officials of the U.S. Agriculture Department told reporters in Washington that USDA would publish new figures.\n\n"
            + "The U.S. Agriculture Department said exports of corn rose, and USDA analysts expect more gains.\n");
        folder.File("docs/other-a.txt",
            "The Farm Department (USDA) said on Tuesday that wheat stocks fell sharply.\n\n"
            + "USDA economists said prices would rise.\n");

        var single = Run(folder, "-q", "--group", "pairs", "--entity-rows", "docs");
        var shards = Enumerable.Range(0, 3).Select(k => folder.File($"s{k}.csv", Run(folder, "-q", "--group", "pairs", "--entity-rows", "--shard", $"{k}/3", "docs"))).ToArray();
        var merged = CliProcess.Run(folder.Path, null, ["merge", "--entity-rows", .. shards]);

        // The arrangement the case needs: both.txt and defined.txt in one shard, other-a.txt in another.
        var withBoth = shards.Single(s => File.ReadAllText(s).Contains("U.S. Agriculture Department,ORGANIZATION,U.S. Agriculture Department", StringComparison.Ordinal));
        Assert.DoesNotContain("Farm Department", File.ReadAllText(withBoth), StringComparison.Ordinal);
        Assert.Contains("ORGANIZATION,U.S. Agriculture Department,ORGANIZATION,U.S. Agriculture Department,2,1,U.S. Agriculture Department ~ USDA (2/1)", Encoding.UTF8.GetString(single), StringComparison.Ordinal);
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(Encoding.UTF8.GetString(single), merged.Stdout);
    }

    private static byte[] Run(TempFolder folder, params string[] args)
    {
        var result = CliProcess.Run(folder.Path, null, args);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.StdoutBytes;
    }
}
