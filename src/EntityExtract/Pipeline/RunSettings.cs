using EntityExtract.Input;
using EntityExtract.Input.Records;
using EntityExtract.Input.Sharding;
using EntityExtract.Output;

namespace EntityExtract.Pipeline;

/// <summary>
/// Where a run reads and how it writes, whatever it computes (<see cref="RunPlan"/>): made once
/// from the command line, validated in one place, and passed down.
/// </summary>
public sealed record RunSettings
{
    /// <summary>Files and folders to read; "-" is stdin.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    public WalkOptions Walk { get; init; } = new();

    public ShardSpec Shard { get; init; } = ShardSpec.All;

    public IPieceSource Source { get; init; } = TextFileSource.Instance;

    public TableWriterOptions Table { get; init; } = new();

    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The most worker threads a run uses: 4 per processor. More only add memory, each worker
    /// holding its own scratch buffers and pieces in flight (100,000 threads once took 4.7 GB).
    /// </summary>
    public static int MaxThreads => 4 * Environment.ProcessorCount;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first bad setting.</summary>
    public RunSettings Validate()
    {
        if (Threads < 1)
        {
            throw new ArgumentException($"--threads must be at least 1 (got {Threads})");
        }

        if (Threads > MaxThreads)
        {
            throw new ArgumentException($"--threads must be at most {MaxThreads}, 4 per processor (got {Threads})");
        }

        return this;
    }
}
