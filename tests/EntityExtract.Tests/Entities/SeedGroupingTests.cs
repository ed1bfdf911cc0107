using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Entities;

/// <summary>Entity tables over the two seed news articles, as an analyst would read them.</summary>
public sealed class SeedGroupingTests
{
    [SharedDataFact("seeds")]
    public void Kerry_and_assad_are_each_one_person_in_the_file_table()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "extract", "--group", "file", "-q", "../shared/seeds");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        var people = rows.Where(r => r[1] == "PERSON").ToList();
        foreach (var file in people.Select(r => r[0]).Distinct())
        {
            var names = people.Where(r => r[0] == file).Select(r => r[2]).ToList();
            Assert.Single(names, n => n.Contains("Kerry", StringComparison.Ordinal));
            Assert.Contains("John F. Kerry", names);
            Assert.True(names.Count(n => n.Contains("Assad", StringComparison.Ordinal)) <= 1, $"{file}: {string.Join(" | ", names)}");
        }
    }

    [SharedDataFact("seeds")]
    public void Kerry_mentions_of_every_form_are_grouped_under_the_full_name()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "extract", "-q", "--types", "PERSON", "../shared/seeds");

        var kerry = result.Stdout.Split('\n').Where(l => l.Contains("Kerry", StringComparison.Ordinal)).ToList();
        Assert.Contains(kerry, l => l.Contains(",Kerry,", StringComparison.Ordinal));
        Assert.Contains(kerry, l => l.Contains(",John F. Kerry,", StringComparison.Ordinal));
        Assert.All(kerry, l => Assert.EndsWith(",John F. Kerry", l));
    }

    [SharedDataFact("seeds")]
    public void Daesh_counts_on_the_islamic_state_row_the_article_calls_it_an_acronym_for()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "extract", "--group", "corpus", "-q", "../shared/seeds");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Contains("ORGANIZATION,Islamic State,19,2,Islamic State (19/2) | Daesh | ISIL | ISIS,", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("ORGANIZATION,Daesh,", StringComparison.Ordinal));
    }
}
