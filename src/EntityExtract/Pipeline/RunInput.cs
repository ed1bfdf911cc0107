using EntityExtract.Input;

namespace EntityExtract.Pipeline;

/// <summary>
/// The files a run will read, found before any output is opened, so that a path that does not
/// exist is a usage error and not an empty table.
/// </summary>
public sealed class RunInput
{
    private RunInput(RunSettings settings, IReadOnlyList<InputFile> files, IReadOnlyList<InputProblem> problems, IReadOnlyList<string> missing, IReadOnlyList<SkippedFolder> skipped)
    {
        SkippedFolders = skipped;
        Settings = settings;
        Files = files;
        Problems = problems;
        MissingPaths = missing;
    }

    public RunSettings Settings { get; }

    /// <summary>This shard's files, in the order their rows are written.</summary>
    public IReadOnlyList<InputFile> Files { get; }

    /// <summary>This shard's files that could not be listed or opened while walking.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>Folders named by the user whose files were all passed over by the include patterns.</summary>
    public IReadOnlyList<SkippedFolder> SkippedFolders { get; }

    /// <summary>Paths named by the user that do not exist.</summary>
    public IReadOnlyList<string> MissingPaths { get; }

    public bool ReadsStdin => Settings.Paths.Contains("-");

    /// <summary>Walks the settings' paths and keeps the files of its shard.</summary>
    public static RunInput Find(RunSettings settings) => Find(settings, CancellationToken.None);

    /// <exception cref="OperationCanceledException">When <paramref name="cancellation"/> fires during the walk.</exception>
    public static RunInput Find(RunSettings settings, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var walk = InputWalker.Walk(settings.Paths, settings.Walk, cancellation);

        // A source that shards records (JSON Lines by id) sees every file.
        var byPath = settings.Source.ShardsRecords ? Input.Sharding.ShardSpec.All : settings.Shard;
        return new RunInput(
            settings,
            walk.Files.Where(f => byPath.Contains(f.DisplayPath)).ToArray(),
            walk.Problems.Where(p => byPath.Contains(p.DisplayPath)).ToArray(),
            walk.MissingPaths,
            walk.SkippedFolders);
    }

    /// <summary>The same input less the files <paramref name="leaveOut"/> picks (the run's own output file, found by a walk).</summary>
    public RunInput Without(Func<InputFile, bool> leaveOut) =>
        new(Settings, Files.Where(f => !leaveOut(f)).ToArray(), Problems, MissingPaths, SkippedFolders);

    /// <summary>
    /// Runs <paramref name="plan"/> over the files, writing to <paramref name="output"/>; problems
    /// met while walking are reported to <paramref name="observer"/> first and counted as failed.
    /// </summary>
    public RunSummary Run(RunPlan plan, Stream output, IRunObserver observer, Stream? stdin, CancellationToken cancellation)
    {
        foreach (var problem in Problems)
        {
            observer.Problem(problem);
        }

        foreach (var skipped in SkippedFolders)
        {
            observer.Warning(skipped.DisplayPath, skipped.Warning);
        }

        var runner = new DocumentRunner(plan.CreateJob, plan.Kind, plan.Columns, Settings.Table, Settings.Threads)
        {
            Table = plan.Table,
            NumberSentences = plan.NumberSentences,
            Source = Settings.Source,
        };
        var summary = runner.Run(Files, output, observer, stdin, cancellation);
        return summary with { FilesFailed = summary.FilesFailed + Problems.Count };
    }
}
