using System.Globalization;

namespace EntityExtract.Input.Sharding;

/// <summary>
/// <c>--shard auto</c> and <c>auto/N</c>: the shard of this task in a Slurm job array
/// (<c>SLURM_ARRAY_TASK_ID</c> less <c>SLURM_ARRAY_TASK_MIN</c>, divided by
/// <c>SLURM_ARRAY_TASK_STEP</c>, out of <c>SLURM_ARRAY_TASK_COUNT</c>) or a Kubernetes Indexed Job
/// (<c>JOB_COMPLETION_INDEX</c>, out of N or <c>SHARD_COUNT</c>). An N written in the option wins
/// over the count the scheduler gives. The environment is passed in, so this reads nothing itself.
/// </summary>
public static class ShardEnvironment
{
    public const string Auto = "auto";

    /// <summary>Reads <c>K/N</c>, <c>auto</c> or <c>auto/N</c>; throws <see cref="ArgumentException"/> for the user.</summary>
    public static ShardSpec Resolve(string text, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        if (!text.StartsWith(Auto, StringComparison.Ordinal))
        {
            return ShardSpec.Parse(text);
        }

        int? count = null;
        if (text.Length > Auto.Length)
        {
            if (text[Auto.Length] != '/')
            {
                throw new ArgumentException($"--shard must be K/N, auto or auto/N (got '{text}')");
            }

            count = Number(text[(Auto.Length + 1)..], "--shard auto/N");
        }

        if (environment("SLURM_ARRAY_TASK_ID") is { Length: > 0 } slurmId)
        {
            return FromSlurm(slurmId, count, environment);
        }

        if (environment("JOB_COMPLETION_INDEX") is { Length: > 0 } jobIndex)
        {
            var index = Number(jobIndex, "JOB_COMPLETION_INDEX");
            count ??= environment("SHARD_COUNT") is { Length: > 0 } shards
                ? Number(shards, "SHARD_COUNT")
                : throw new ArgumentException("--shard auto: JOB_COMPLETION_INDEX is set but the shard count is not; give it as --shard auto/N or in SHARD_COUNT");
            return ShardSpec.Checked(index, count.Value, "JOB_COMPLETION_INDEX");
        }

        throw new ArgumentException(
            "--shard auto: not running as a Slurm array task (SLURM_ARRAY_TASK_ID) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX); use --shard K/N");
    }

    private static ShardSpec FromSlurm(string id, int? count, Func<string, string?> environment)
    {
        var taskId = Number(id, "SLURM_ARRAY_TASK_ID");
        var min = Optional(environment, "SLURM_ARRAY_TASK_MIN") ?? 0;
        var step = Optional(environment, "SLURM_ARRAY_TASK_STEP") ?? 1;
        count ??= Optional(environment, "SLURM_ARRAY_TASK_COUNT")
            ?? throw new ArgumentException("--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not; give the count as --shard auto/N");
        if (step < 1 || (taskId - min) % step != 0)
        {
            throw new ArgumentException(
                $"--shard auto: array task {taskId} is not on the range {min}-...:{step}; use a plain range such as --array=0-{count - 1}");
        }

        return ShardSpec.Checked((taskId - min) / step, count.Value, "the Slurm array");
    }

    private static int? Optional(Func<string, string?> environment, string name) =>
        environment(name) is { Length: > 0 } value ? Number(value, name) : null;

    private static int Number(string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"--shard auto: {name} is not a whole number (got '{value}')");
}
