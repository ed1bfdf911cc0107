using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input.Sharding;

/// <summary>A folder with the samples and generated reports whose entities recur across files, for shard runs.</summary>
internal sealed class ShardCorpus : IDisposable
{
    private static readonly string[] People = ["Angela Merkel", "Barack Obama", "Emmanuel Macron", "Olaf Scholz"];
    private static readonly string[] Places = ["Berlin", "Paris", "Washington", "Tokyo", "Nairobi"];
    private static readonly string[] Groups = ["the United Nations", "Siemens", "the World Bank", "Reuters"];

    public ShardCorpus()
    {
        foreach (var sample in Directory.GetFiles(RepoPaths.Samples, "*.txt"))
        {
            Folder.File("corpus/samples/" + Path.GetFileName(sample), File.ReadAllBytes(sample));
        }

        for (var i = 0; i < 24; i++)
        {
            Folder.File($"corpus/generated/report-{i:D2}.txt",
                $"{People[i % 4]} travelled to {Places[i % 5]} to meet officials from {Groups[(i * 3) % 4]}.\n\n" +
                $"Later, {People[(i + 1) % 4]} said in {Places[(i + 2) % 5]} that {Groups[(i + 1) % 4]} agreed, file {i}.\n");
        }
    }

    public TempFolder Folder { get; } = new();

    /// <summary>Runs the CLI in the corpus folder over both subfolders, expecting success.</summary>
    public byte[] Run(params string[] args)
    {
        var result = CliProcess.Run(Folder.Combine("corpus"), null, [.. args, "-q", "samples", "generated"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.StdoutBytes;
    }

    /// <summary>Writes <paramref name="bytes"/> under the folder and returns its path.</summary>
    public string Save(string name, byte[] bytes) => Folder.File(name, bytes);

    public void Dispose() => Folder.Dispose();
}
