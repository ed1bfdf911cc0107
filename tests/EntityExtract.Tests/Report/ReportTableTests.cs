using System.Globalization;
using System.Text.RegularExpressions;
using EntityExtract.Report;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Report;

internal static class TableText
{
    public static EntityExtract.Entities.Merging.ITableRows Csv(byte[] bytes) =>
        EntityExtract.Entities.Merging.TableReaders.Open(new MemoryStream(bytes), EntityExtract.Output.OutputFormat.Csv);
}

/// <summary>The report shows the tables' numbers, asks for nothing over the network, and is the same made from shard tables.</summary>
public sealed partial class ReportTableTests
{
    private static List<string[]> Table(params string[] args)
    {
        var result = CliProcess.Run(RepoPaths.Root, null, ["extract", "-q", .. args]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var rows = TableText.Csv(result.StdoutBytes);
        return [.. rows.Rows().Select(r => r.Cells.ToArray())];
    }

    [SharedDataFact("seeds")]
    public void Seed_report_shows_the_corpus_and_pairs_tables_counts()
    {
        using var folder = new TempFolder();
        var page = ReportPageFile.Make(folder, "seeds.html", "../shared/seeds");
        var corpus = Table("--group", "corpus", "../shared/seeds");
        var pairs = Table("--group", "pairs", "../shared/seeds").Where(r => r[2].Length > 0).ToList();

        Assert.Equal(corpus.Count, page.Data.GetProperty("totals")[0].GetInt32());
        foreach (var row in corpus)
        {
            var entity = page.Entity(row[0], row[1]);
            Assert.Equal(long.Parse(row[2], CultureInfo.InvariantCulture), entity[2].GetInt64());
            Assert.Equal(long.Parse(row[3], CultureInfo.InvariantCulture), entity[3].GetInt64());
            Assert.Equal(row[4], entity[4].GetString());
        }

        foreach (var (type, name) in new[]
        {
            ("PERSON", "John F. Kerry"), ("PERSON", "Sergei Lavrov"), ("PERSON", "Bashar al-Assad"), ("LOCATION", "Russia"),
            ("LOCATION", "Syria"), ("LOCATION", "United States"), ("ORGANIZATION", "Islamic State"),
        })
        {
            var entity = page.Entity(type, name);
            Assert.NotEmpty(entity[5].EnumerateArray());

            // Each partner listed is a pairs-table row with the same counts.
            foreach (var partner in entity[6].EnumerateArray())
            {
                var other = page.NameOf(partner[0].GetInt32());
                var row = pairs.Single(r => (r[1] == name && r[3] == other) || (r[1] == other && r[3] == name));
                Assert.Equal(row[4], partner[1].GetInt64().ToString(CultureInfo.InvariantCulture));
                Assert.Equal(row[5], partner[2].GetInt64().ToString(CultureInfo.InvariantCulture));
            }
        }

        var kerry = page.Entity("PERSON", "John F. Kerry");
        Assert.Contains(kerry[6].EnumerateArray(), p => page.NameOf(p[0].GetInt32()) == "Sergei Lavrov");
        Assert.All(kerry[5].EnumerateArray(), m => Assert.Contains("Kerry", m[4].GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_asks_for_nothing_over_the_network()
    {
        using var folder = new TempFolder();
        var page = ReportPageFile.Make(folder, "samples.html", "samples");

        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ReportPage.ContentSecurityPolicy}\">", page.Html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none';", ReportPage.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Empty(Loads().Matches(page.Html).Where(m => !m.Groups[1].Value.StartsWith('#')).Select(m => m.Value));
        Assert.DoesNotMatch("https?://", page.Html);
        Assert.DoesNotContain("url(", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_from_merged_shard_tables_is_the_report_of_one_run()
    {
        using var folder = new TempFolder();
        var whole = ReportPageFile.Make(folder, "whole.html", "--title", "t", "samples");
        var tables = new List<string>();
        for (var shard = 0; shard < 2; shard++)
        {
            foreach (var (name, args) in new[] { ("pairs", new[] { "--group", "pairs", "--entity-rows" }), ("mentions", new[] { "--context", "60" }) })
            {
                var path = folder.Combine($"{name}{shard}.csv");
                var result = CliProcess.Run(RepoPaths.Root, null, ["extract", "-q", "--shard", $"{shard}/2", "-o", path, .. args, "samples"]);
                Assert.True(result.ExitCode == 0, result.Stderr);
                tables.Add(path);
            }
        }

        var merged = folder.Combine("pairs.csv");
        var merge = CliProcess.Run(RepoPaths.Root, null, "merge", "--entity-rows", "-o", merged, tables[0], tables[2]);
        Assert.True(merge.ExitCode == 0, merge.Stderr);

        // Mention rows of shards, in the order one run writes them: by path.
        var fromTables = ReportPageFile.Make(folder, "tables.html", "--title", "t", "--from-tables", merged, tables[1], tables[3]);

        Assert.Equal(Sorted(whole), Sorted(fromTables));
    }

    /// <summary>The page's data with files in path order (shards list them in shard order).</summary>
    private static string Sorted(ReportPageFile page) => string.Join("\n", page.Entities.Select(e => $"{e[0]} {e[1]} {e[2]} {e[3]} {e[4]} {e[5].EnumerateArray().Count()} {e[6]}"));

    /// <summary>Attributes that make a browser load something: src, href, action, srcset, poster, data.</summary>
    [GeneratedRegex("\\b(?:src|href|action|srcset|poster|data|xlink:href)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Loads();
}
