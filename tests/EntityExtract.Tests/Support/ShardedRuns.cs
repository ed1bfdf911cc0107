namespace EntityExtract.Tests.Support;

/// <summary>Runs an extract over 2 and 3 shards and merges each set of tables, as a sharded job would.</summary>
internal static class ShardedRuns
{
    /// <summary>Asserts that every merge of <paramref name="args"/>' shard tables gives <paramref name="single"/>, the one run's output.</summary>
    public static void AssertMergeGives(string folder, string single, params string[] args)
    {
        for (var shards = 2; shards <= 3; shards++)
        {
            var tables = new List<string>();
            for (var k = 0; k < shards; k++)
            {
                var table = $"s{shards}-{k}.csv";
                Assert.Equal(0, CliProcess.Run(folder, null, [.. args, "--shard", $"{k}/{shards}", "-q", "-o", table]).ExitCode);
                tables.Add(table);
            }

            Assert.Equal(single, CliProcess.Run(folder, null, ["merge", .. tables]).Stdout);
        }
    }
}
