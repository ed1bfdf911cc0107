using System.Text;
using CsvHelper;
using EntityExtract.Tests.Input.Sharding;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Entities.Merging;

/// <summary>Shard runs merged give the bytes of one run over all the input.</summary>
public sealed class MergeTests : IClassFixture<MergeTests.Corpus>
{
    private readonly Corpus _corpus;

    public MergeTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("csv")]
    [InlineData("tsv")]
    [InlineData("jsonl")]
    public void Merged_corpus_tables_of_3_shards_equal_a_single_run(string format)
    {
        var single = _corpus.Run("extract", "--group", "corpus", "--format", format);
        var shards = Enumerable.Range(0, 3)
            .Select(k => _corpus.Save($"{format}/corpus-{k}", _corpus.Run("extract", "--group", "corpus", "--format", format, "--shard", $"{k}/3")))
            .ToArray();

        var merged = CliProcess.Run(_corpus.Folder.Path, null, ["merge", "--format", format, .. shards.Reverse()]);

        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(Encoding.UTF8.GetString(single), merged.Stdout);
        Assert.True(shards.Count(s => new FileInfo(s).Length > 40) >= 2, "the shards should share the work");
    }

    [Fact]
    public void Merged_file_tables_equal_a_single_run_and_merge_into_its_corpus_table()
    {
        var single = _corpus.Run("extract", "--group", "file");
        var singleCorpus = _corpus.Run("extract", "--group", "corpus");
        var shards = Enumerable.Range(0, 4)
            .Select(k => _corpus.Save($"files-{k}.csv", _corpus.Run("extract", "--group", "file", "--shard", $"{k}/4")))
            .ToArray();

        var merged = CliProcess.Run(_corpus.Folder.Path, null, ["merge", .. shards]);
        var asCorpus = CliProcess.Run(_corpus.Folder.Path, null, ["merge", "--group", "corpus", .. shards]);

        Assert.Equal(Encoding.UTF8.GetString(single), merged.Stdout);
        Assert.Equal(Encoding.UTF8.GetString(singleCorpus), asCorpus.Stdout);
    }

    [Fact]
    public void Mention_rows_of_shards_sorted_by_file_and_offset_are_the_rows_of_a_single_run()
    {
        var single = Rows(_corpus.Run("extract"));
        var shards = Enumerable.Range(0, 5)
            .SelectMany(k => Rows(_corpus.Run("extract", "--shard", $"{k}/5")))
            .OrderBy(row => row[0], StringComparer.Ordinal)
            .ThenBy(row => long.Parse(row[3]))
            .ToList();

        Assert.NotEmpty(single);
        Assert.Equal(single.Select(r => string.Join('\u001f', r)), shards.Select(r => string.Join('\u001f', r)));
    }

    [Fact]
    public void Tables_of_different_kinds_are_refused_with_exit_2()
    {
        var corpus = _corpus.Save("mixed/corpus.csv", _corpus.Run("extract", "--group", "corpus"));
        var files = _corpus.Save("mixed/files.csv", _corpus.Run("extract", "--group", "file"));
        var mentions = _corpus.Save("mixed/mentions.csv", _corpus.Run("extract"));

        var mixed = CliProcess.Run(_corpus.Folder.Path, null, "merge", corpus, files);
        var unknown = CliProcess.Run(_corpus.Folder.Path, null, "merge", mentions);
        var backwards = CliProcess.Run(_corpus.Folder.Path, null, "merge", "--group", "file", corpus);

        Assert.Equal((2, ""), (mixed.ExitCode, mixed.Stdout));
        Assert.Contains("a --group file table cannot be merged with the --group corpus table", Assert.Single(mixed.StderrLines));
        Assert.Equal((2, ""), (unknown.ExitCode, unknown.Stdout));
        Assert.Contains("not an entity table (header 'file,line,column,", Assert.Single(unknown.StderrLines));
        Assert.Equal(2, backwards.ExitCode);
    }

    [Fact]
    public void A_bad_row_is_reported_with_its_line_and_skipped_with_exit_1()
    {
        var table = _corpus.Folder.File("bad.csv",
            "type,entity,mentions,files,names,types\nPERSON,Ann Lee,3,2,,\nPERSON,Bob,many,1,,\nPLANET,Mars,1,1,,\nPERSON,\"Ann  Lee\",2,1,,\n" +
            "PERSON,Cy Young,99999999999999999999,1,,\nPERSON,Di Ross,3,2,Di Ross (1/1),\n");

        var result = CliProcess.Run(_corpus.Folder.Path, null, "merge", table);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("type,entity,mentions,files,names,types\nPERSON,Ann Lee,5,3,Ann  Lee (2/1) | Ann Lee (3/2),\n", result.Stdout);
        Assert.Equal(
            [
                $"entity-extract: {table}:3: mentions is not a count (got 'many')",
                $"entity-extract: {table}:4: unknown entity type 'PLANET'",
                $"entity-extract: {table}:6: mentions is too large (got '99999999999999999999'; a count holds at most 9223372036854775807)",
                $"entity-extract: {table}:7: the counts in names do not add up to mentions and files (got 'Di Ross (1/1)')",
            ],
            result.StderrLines);
    }

    [Fact]
    public void Counts_that_would_add_up_past_64_bits_are_refused_row_by_row()
    {
        var table = _corpus.Folder.File("big.csv",
            "type,entity,mentions,files,names,types\nPERSON,Ann Lee,9223372036854775807,1,,\nPERSON,Ann Lee,1,1,,\nPERSON,Bo Li,2147483647,1,,\n");
        var twice = _corpus.Folder.File("int.csv", "type,entity,mentions,files,names,types\nPERSON,Cy Ray,2147483647,1,,\n");

        var result = CliProcess.Run(_corpus.Folder.Path, null, "merge", table);
        var past32 = CliProcess.Run(_corpus.Folder.Path, null, "merge", twice, twice);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("type,entity,mentions,files,names,types\nPERSON,Ann Lee,9223372036854775807,1,,\n", result.Stdout);
        Assert.Equal(2, result.StderrLines.Length);
        Assert.All(result.StderrLines, line => Assert.Contains("a count too large to add up", line));
        Assert.Equal((0, "type,entity,mentions,files,names,types\nPERSON,Cy Ray,4294967294,2,,\n"), (past32.ExitCode, past32.Stdout));
    }

    private static List<string[]> Rows(byte[] csv)
    {
        var rows = new List<string[]>();
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { Separator = ',' });
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }

    /// <summary>One corpus for the class: each CLI run costs a model load, and a run asked for twice is made once.</summary>
    public sealed class Corpus : IDisposable
    {
        private readonly ShardCorpus _corpus = new();
        private readonly Dictionary<string, byte[]> _runs = [];

        internal TempFolder Folder => _corpus.Folder;

        public byte[] Run(params string[] args)
        {
            var key = string.Join('\0', args);
            lock (_runs)
            {
                if (!_runs.TryGetValue(key, out var bytes))
                {
                    bytes = _corpus.Run(args);
                    _runs[key] = bytes;
                }

                return bytes;
            }
        }

        public string Save(string name, byte[] bytes) => _corpus.Save(name, bytes);

        public void Dispose() => _corpus.Dispose();
    }
}
