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
    public static int MaxThreads => ThreadsPerProcessor * Environment.ProcessorCount;

    private const int ThreadsPerProcessor = 4;

    /// <summary>
    /// <paramref name="requested"/> threads, lowered to <see cref="MaxThreads"/> when more;
    /// <paramref name="note"/> says so for the user, or is null when nothing was lowered.
    /// </summary>
    public static int CapThreads(int requested, out string? note)
    {
        note = requested > MaxThreads
            ? $"--threads {requested} is more than {ThreadsPerProcessor} per processor; using {MaxThreads}"
            : null;
        return Math.Min(requested, MaxThreads);
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming the first bad setting; more threads than
    /// <see cref="MaxThreads"/> are lowered (<see cref="CapThreads"/>).
    /// </summary>
    public RunSettings Validate()
    {
        if (Threads < 1)
        {
            throw new ArgumentException($"--threads must be at least 1 (got {Threads})");
        }

        return Threads > MaxThreads ? this with { Threads = CapThreads(Threads, out _) } : this;
    }
}
