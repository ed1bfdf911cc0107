using CsvHelper;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Entities;

/// <summary>The corpus, file and pairs tables on small folders, as an analyst reads them.</summary>
public sealed class CorpusTableTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public CorpusTableTests()
    {
        _folder.File("news/a.txt",
            "WASHINGTON — Secretary of Defense Ashton B. Carter said on Tuesday that the European Union and the United States " +
            "would work together. Carter spoke after meeting officials of the European Union in Brussels.\n");
        _folder.File("news/b.txt", "Ashton Carter met leaders in Paris and Washington. He said the US and the EU share goals. Carter later flew home.\n");
        _folder.File("news/c.txt", "Valve released a new game on Monday. Valve said sales were strong. Analysts expect Valve to grow.\n");
    }

    [Fact]
    public void One_row_per_real_entity_named_in_full()
    {
        var rows = Table("--group", "corpus");

        var carter = Assert.Single(rows, r => r["entity"].Contains("Carter", StringComparison.Ordinal));
        Assert.Equal(("PERSON", "Ashton B. Carter", "2"), (carter["type"], carter["entity"], carter["files"]));
        Assert.Equal("2", Assert.Single(rows, r => r["entity"] == "United States")["files"]);
        Assert.Equal("2", Assert.Single(rows, r => r["entity"] == "European Union")["files"]);
        Assert.DoesNotContain(rows, r => r["entity"] is "US" or "EU");
        Assert.Equal("Washington", Assert.Single(rows, r => r["entity"].Equals("washington", StringComparison.OrdinalIgnoreCase))["entity"]);
        Assert.Single(rows, r => r["entity"] == "Valve");
        Assert.Contains("US (1/1)", Assert.Single(rows, r => r["entity"] == "United States")["names"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_the_rows_written_for_every_kind_of_table()
    {
        foreach (var group in new[] { "none", "file", "corpus", "pairs" })
        {
            var result = CliProcess.Run(_folder.Path, null, "extract", "--group", group, "news");

            var written = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
            Assert.True(written > 0, group);
            Assert.Contains($" tokens, {written} rows, 0 failed", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Context_on_file_and_corpus_tables_is_the_first_mention_cut_at_words()
    {
        foreach (var group in new[] { "file", "corpus" })
        {
            var rows = Table("--group", group, "--context", "25");

            var carter = Assert.Single(rows, r => r["entity"] == "Ashton B. Carter" && (group == "corpus" || r["file"] == "news/a.txt"));
            Assert.Equal("— Secretary of Defense [[Ashton B. Carter]] said on Tuesday that the", carter["context"]);
            Assert.All(rows, r => Assert.Contains("[[", r["context"], StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Context_with_pairs_and_gephi_without_pairs_are_usage_errors()
    {
        Assert.Equal(2, CliProcess.Run(_folder.Path, null, "extract", "--group", "pairs", "--context", "5", "news").ExitCode);
        Assert.Equal(2, CliProcess.Run(_folder.Path, null, "extract", "--gephi", "news").ExitCode);
    }

    [Fact]
    public void Pairs_name_both_entities_as_the_corpus_table_does_and_gephi_renames_the_header()
    {
        var rows = Table("--group", "pairs", "--entity-rows");
        var gephi = CliProcess.Run(_folder.Path, null, "extract", "-q", "--group", "pairs", "--gephi", "news");

        var pair = Assert.Single(rows, r => r["entity1"] == "United States" && r["entity2"] == "European Union");
        Assert.Equal(("LOCATION", "ORGANIZATION", "2", "2"), (pair["type1"], pair["type2"], pair["sentences"], pair["files"]));
        Assert.Equal("US ~ EU (1/1) | United States ~ European Union (1/1)", pair["names"]);
        var pairs = rows.TakeWhile(r => r["entity2"].Length > 0).ToList();
        Assert.All(pairs, r => Assert.True(string.CompareOrdinal(r["type1"] + "\0" + r["entity1"], r["type2"] + "\0" + r["entity2"]) < 0));

        // After the pairs, the table's entities (what merge needs), as the corpus table lists them.
        var entities = rows.Skip(pairs.Count).ToList();
        Assert.All(entities, r => Assert.Equal("", r["type2"] + r["entity2"]));
        Assert.Equal(Table("--group", "corpus").Select(r => r["entity"]), entities.Select(r => r["entity1"]));
        Assert.StartsWith("source_type,Source,target_type,Target,Weight,files\n", gephi.Stdout, StringComparison.Ordinal);
        Assert.Equal(pairs.Count, gephi.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public void Merge_sorts_sanitized_names_as_the_run_that_wrote_them()
    {
        // A single run sorts raw names: ") India" before "- Noland Co"; their guarded forms would sort the other way.
        const string table = "file,type,entity,mentions,first_line,first_start,names\na.txt,ORGANIZATION,) India,1,1,0,\na.txt,ORGANIZATION,'- Noland Co,1,1,9,'=Noland\n";
        var path = _folder.File("guarded.csv", table);

        var merged = CliProcess.Run(_folder.Path, null, "merge", path);
        var raw = CliProcess.Run(_folder.Path, null, "merge", "--no-sanitize", path);

        Assert.Equal((0, table), (merged.ExitCode, merged.Stdout));
        Assert.Contains("'- Noland Co", raw.Stdout, StringComparison.Ordinal); // read as written, not unguarded
    }

    [SharedDataFact("seeds")]
    public void Pairs_on_the_seeds_have_kerry_with_lavrov_in_both_files()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "extract", "-q", "--group", "pairs", "../shared/seeds");

        Assert.Equal(0, result.ExitCode);
        var rows = Parse(result.StdoutBytes);
        var pair = Assert.Single(rows, r => r["entity1"] == "John F. Kerry" && r["entity2"] == "Sergei Lavrov");
        Assert.Equal("2", pair["files"]);
    }

    public void Dispose() => _folder.Dispose();

    private List<Dictionary<string, string>> Table(params string[] args)
    {
        var result = CliProcess.Run(_folder.Path, null, ["extract", "-q", .. args, "news"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return Parse(result.StdoutBytes);
    }

    internal static List<Dictionary<string, string>> Parse(byte[] csv)
    {
        var rows = new List<Dictionary<string, string>>();
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { Separator = ',', HasHeader = true });
        var header = reader.Headers.ToArray();
        while (reader.Read())
        {
            rows.Add(header.Select((h, i) => (h, reader.GetString(i))).ToDictionary(p => p.h, p => p.Item2));
        }

        return rows;
    }
}
