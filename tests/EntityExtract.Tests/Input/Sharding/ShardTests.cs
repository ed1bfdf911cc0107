using EntityExtract.Input.Sharding;

namespace EntityExtract.Tests.Input.Sharding;

/// <summary>Every file lands in exactly one shard, the same one on every machine.</summary>
public sealed class ShardTests
{
    [Fact]
    public void Random_file_sets_split_into_disjoint_shards_that_cover_everything()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var count = random.Next(1, 17);
            var files = RandomPaths(random, random.Next(0, 300));
            var taken = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < count; k++)
            {
                var shard = new ShardSpec(k, count);
                foreach (var file in files.Where(shard.Contains))
                {
                    Assert.True(taken.TryAdd(file, k), $"seed {seed}, round {round}: {file} is in shards {taken.GetValueOrDefault(file)} and {k} of {count}");
                }
            }

            Assert.True(taken.Count == files.Count, $"seed {seed}, round {round}: {files.Count - taken.Count} files are in no shard of {count}");
        }
    }

    [Fact]
    public void The_hash_is_fnv1a_64_as_published()
    {
        Assert.Equal(0xaf63dc4c8601ec8cUL, StableHash.HashBytes("a"u8));
        Assert.Equal(0x85944171f73967e8UL, StableHash.HashBytes("foobar"u8));
    }

    [Fact]
    public void The_hash_is_fixed_forever_so_shards_agree_across_machines_and_releases()
    {
        // Values worked out apart from this code (FNV-1a 64 of the UTF-8 bytes, then the
        // MurmurHash3 finaliser). Changing them would move files between shards of runs under way.
        Assert.Equal(0xefd01f60ba992926UL, StableHash.Of(""));
        Assert.Equal(0x0196eee46784b6b7UL, StableHash.Of("docs/é.txt"));
        Assert.Equal(0x6cfead9a44315645UL, StableHash.Of("samples/un-climate.txt"));
        Assert.Equal(
            [2, 1, 3, 1],
            new[] { "samples/berlin-summit.txt", "samples/football-report.txt", "samples/tech-earnings.txt", "samples/un-climate.txt" }
                .Select(path => ShardSpec.Of(path, 4)));
    }

    [Fact]
    public void Shards_are_roughly_even_for_paths_that_differ_in_one_digit()
    {
        var counts = new int[8];
        for (var i = 0; i < 8000; i++)
        {
            counts[ShardSpec.Of($"corpus/part-{i:D5}.txt", 8)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 850, 1150));
    }

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("3/4", 3, 4)]
    [InlineData("15/16", 15, 16)]
    public void K_over_N_parses(string text, int index, int count) =>
        Assert.Equal(new ShardSpec(index, count), ShardSpec.Parse(text));

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void Bad_shards_are_refused_with_a_message(string text) =>
        Assert.StartsWith("--shard", Assert.Throws<ArgumentException>(() => ShardSpec.Parse(text)).Message);

    private static List<string> RandomPaths(Random random, int count)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz0123456789-_ éü/";
        var paths = new HashSet<string>(StringComparer.Ordinal);
        while (paths.Count < count)
        {
            var length = random.Next(1, 40);
            paths.Add("docs/" + new string(Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)]).ToArray()) + ".txt");
        }

        return paths.ToList();
    }
}
