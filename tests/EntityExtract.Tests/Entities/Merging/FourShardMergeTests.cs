using System.Text;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Entities.Merging;

/// <summary>
/// The two seed articles and 30 news articles (the BBC set under <c>../shared</c>; the samples and
/// generated reports where it is absent) run as 4 shards: every merge the README calls exact gives
/// the bytes of a single run.
/// </summary>
public sealed class FourShardMergeTests : IClassFixture<FourShardMergeTests.Corpus>
{
    private readonly Corpus _corpus;

    public FourShardMergeTests(Corpus corpus) => _corpus = corpus;

    /// <summary>Pairs on real news; <see cref="MergeTests"/> merges corpus and file tables of generated reports.</summary>
    [Theory]
    [InlineData("pairs", "pairs", "csv")]
    public void Merged_shards_equal_a_single_run_byte_for_byte(string shardGroup, string group, string format) =>
        CheckMerge(shardGroup, group, format);

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("corpus", "corpus", "csv")]
    [InlineData("corpus", "corpus", "tsv")]
    [InlineData("corpus", "corpus", "jsonl")]
    [InlineData("file", "corpus", "csv")]
    [InlineData("file", "file", "csv")]
    [InlineData("pairs", "pairs", "jsonl")]
    public void Merged_shards_in_every_format_equal_a_single_run_byte_for_byte(string shardGroup, string group, string format) =>
        CheckMerge(shardGroup, group, format);

    private void CheckMerge(string shardGroup, string group, string format)
    {
        var single = _corpus.Run("--group", group, "--format", format);
        var shards = Enumerable.Range(0, 4)
            .Select(k => _corpus.Save($"{shardGroup}-{format}-{k}", _corpus.Run(["--group", shardGroup, "--format", format, "--shard", $"{k}/4", .. shardGroup == "pairs" ? ["--entity-rows"] : Array.Empty<string>()])))
            .ToArray();

        var merged = CliProcess.Run(_corpus.Folder.Path, null, ["merge", "--group", group, "--format", format, .. shards.Reverse()]);

        Assert.True(merged.ExitCode == 0, merged.Stderr);
        Assert.True(single.AsSpan().SequenceEqual(merged.StdoutBytes), $"merge of {shardGroup} tables differs from one run:\n{Encoding.UTF8.GetString(single)}\n---\n{merged.Stdout}");
        Assert.True(shards.Count(s => new FileInfo(s).Length > 100) >= 3, "the shards should share the work");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public void Mention_tables_with_entity_merge_through_the_merged_corpus_table_into_one_runs_bytes(string format)
    {
        var single = _corpus.Run("--entity", "--format", format);
        var corpus = Enumerable.Range(0, 4).Select(k => _corpus.Save($"ec-{format}-{k}", _corpus.Run("--group", "corpus", "--format", format, "--shard", $"{k}/4"))).ToArray();
        var mentions = Enumerable.Range(0, 4).Select(k => _corpus.Save($"em-{format}-{k}", _corpus.Run("--entity", "--format", format, "--shard", $"{k}/4"))).ToArray();
        var merged = CliProcess.Run(_corpus.Folder.Path, null, ["merge", "--format", format, .. corpus.Reverse()]);
        var mergedCorpus = _corpus.Save($"ec-{format}", merged.StdoutBytes);

        var relabelled = CliProcess.Run(_corpus.Folder.Path, null, ["merge", "--format", format, "--corpus", mergedCorpus, .. mentions.Reverse()]);

        Assert.True(relabelled.ExitCode == 0, relabelled.Stderr);
        Assert.True(single.AsSpan().SequenceEqual(relabelled.StdoutBytes), "merge --corpus of --entity mention tables differs from one run");
    }

    [Fact]
    public void Pairs_by_article_merge_into_one_runs_bytes()
    {
        var single = _corpus.Run("--group", "pairs", "--pair-unit", "article");
        var shards = Enumerable.Range(0, 4).Select(k => _corpus.Save($"pa-{k}", _corpus.Run("--group", "pairs", "--pair-unit", "article", "--entity-rows", "--shard", $"{k}/4"))).ToArray();

        var merged = CliProcess.Run(_corpus.Folder.Path, null, ["merge", .. shards]);

        Assert.Equal((0, Encoding.UTF8.GetString(single)), (merged.ExitCode, merged.Stdout));
    }

    [Fact]
    public void File_tables_with_context_merge_into_the_corpus_table_with_context_of_one_run()
    {
        var single = _corpus.Run("--group", "corpus", "--context", "40");
        var shards = Enumerable.Range(0, 4)
            .Select(k => _corpus.Save($"context-{k}", _corpus.Run("--group", "file", "--context", "40", "--shard", $"{k}/4")))
            .ToArray();

        var merged = CliProcess.Run(_corpus.Folder.Path, null, ["merge", "--group", "corpus", .. shards.Reverse()]);

        Assert.Equal((0, Encoding.UTF8.GetString(single)), (merged.ExitCode, merged.Stdout));
    }

    [Fact]
    public void Merged_pairs_tables_can_be_written_for_gephi_and_gephi_tables_are_not_merged()
    {
        var single = _corpus.Run("--group", "pairs", "--gephi");
        var shards = Enumerable.Range(0, 2).Select(k => _corpus.Save($"gephi-{k}", _corpus.Run("--group", "pairs", "--entity-rows", "--shard", $"{k}/2"))).ToArray();
        var gephi = _corpus.Save("gephi-table", single);

        var merged = CliProcess.Run(_corpus.Folder.Path, null, ["merge", "--gephi", .. shards]);
        var refused = CliProcess.Run(_corpus.Folder.Path, null, "merge", gephi);

        Assert.Equal((0, Encoding.UTF8.GetString(single)), (merged.ExitCode, merged.Stdout));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("a --gephi table leaves out what merge needs", refused.Stderr, StringComparison.Ordinal);
    }

    /// <summary>One corpus for the class: each CLI run costs a model load, and a run asked for twice is made once.</summary>
    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            var seeds = RepoPaths.Shared("seeds");
            var news = RepoPaths.Shared("data/unlabeled/bbc-news-2004-2005.txt");
            if (RepoPaths.MissingShared("seeds") is not null || RepoPaths.MissingShared("data/unlabeled/bbc-news-2004-2005.txt") is not null)
            {
                using var fallback = new Input.Sharding.ShardCorpus();
                CopyTree(fallback.Folder.Combine("corpus"), Folder.Combine("corpus"));
                return;
            }

            foreach (var seed in Directory.GetFiles(seeds, "*.txt"))
            {
                Folder.File("corpus/seeds/" + Path.GetFileName(seed), File.ReadAllBytes(seed));
            }

            var articles = File.ReadAllText(news).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var i = 0; i < 30; i++)
            {
                Folder.File($"corpus/news/article-{i:D2}.txt", articles[i] + "\n");
            }
        }

        private readonly Dictionary<string, byte[]> _runs = [];

        internal TempFolder Folder { get; } = new();

        /// <summary>Runs <c>extract</c> over the corpus folder, expecting success.</summary>
        public byte[] Run(params string[] args)
        {
            var key = string.Join('\0', args);
            lock (_runs)
            {
                if (_runs.TryGetValue(key, out var earlier))
                {
                    return earlier;
                }
            }

            var result = CliProcess.Run(Folder.Combine("corpus"), null, ["extract", .. args, "-q", "."]);
            Assert.True(result.ExitCode == 0, result.Stderr);
            lock (_runs)
            {
                _runs[key] = result.StdoutBytes;
            }

            return result.StdoutBytes;
        }

        public string Save(string name, byte[] bytes) => Folder.File(name, bytes);

        public void Dispose() => Folder.Dispose();

        private static void CopyTree(string from, string to)
        {
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
