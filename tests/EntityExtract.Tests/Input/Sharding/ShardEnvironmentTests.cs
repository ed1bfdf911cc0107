using EntityExtract.Input.Sharding;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input.Sharding;

/// <summary><c>--shard auto</c> reads the shard from a Slurm job array or a Kubernetes Indexed Job.</summary>
public sealed class ShardEnvironmentTests
{
    [Fact]
    public void A_slurm_array_from_0_gives_its_task_id_and_count() =>
        Assert.Equal(new ShardSpec(2, 4), Resolve("auto", ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "4")));

    [Fact]
    public void A_slurm_array_that_starts_above_0_counts_from_its_minimum() =>
        Assert.Equal(new ShardSpec(0, 4), Resolve("auto", ("SLURM_ARRAY_TASK_ID", "1"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_COUNT", "4")));

    [Fact]
    public void A_slurm_array_with_a_step_numbers_its_tasks_by_the_step() =>
        Assert.Equal(new ShardSpec(3, 5), Resolve("auto",
            ("SLURM_ARRAY_TASK_ID", "16"), ("SLURM_ARRAY_TASK_MIN", "10"), ("SLURM_ARRAY_TASK_STEP", "2"), ("SLURM_ARRAY_TASK_COUNT", "5")));

    [Fact]
    public void A_slurm_task_off_the_step_is_refused() =>
        Assert.Throws<ArgumentException>(() => Resolve("auto",
            ("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_STEP", "2"), ("SLURM_ARRAY_TASK_COUNT", "5")));

    [Fact]
    public void A_count_in_the_option_wins_over_the_schedulers() =>
        Assert.Equal(new ShardSpec(2, 8), Resolve("auto/8", ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "4")));

    [Fact]
    public void A_kubernetes_indexed_job_takes_the_count_from_the_option_or_shard_count()
    {
        Assert.Equal(new ShardSpec(5, 10), Resolve("auto/10", ("JOB_COMPLETION_INDEX", "5")));
        Assert.Equal(new ShardSpec(5, 6), Resolve("auto", ("JOB_COMPLETION_INDEX", "5"), ("SHARD_COUNT", "6")));
        Assert.Contains("SHARD_COUNT", Assert.Throws<ArgumentException>(() => Resolve("auto", ("JOB_COMPLETION_INDEX", "5"))).Message);
    }

    [Fact]
    public void An_index_past_the_count_is_refused() =>
        Assert.Throws<ArgumentException>(() => Resolve("auto/4", ("JOB_COMPLETION_INDEX", "4")));

    [Fact]
    public void Without_a_scheduler_auto_is_refused_with_a_message_naming_both()
    {
        var message = Assert.Throws<ArgumentException>(() => Resolve("auto")).Message;
        Assert.Contains("SLURM_ARRAY_TASK_ID", message);
        Assert.Contains("JOB_COMPLETION_INDEX", message);
    }

    [Fact]
    public void Plain_k_over_n_ignores_the_environment() =>
        Assert.Equal(new ShardSpec(1, 3), Resolve("1/3", ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "4")));

    [Fact]
    public void The_cli_exits_2_when_auto_finds_no_scheduler()
    {
        if (Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID") is not null || Environment.GetEnvironmentVariable("JOB_COMPLETION_INDEX") is not null)
        {
            return; // the tests themselves run as a scheduler task: the child would find it
        }

        using var folder = new TempFolder();
        folder.File("a.txt", "Angela Merkel visited Paris.");

        var result = CliProcess.Run(folder.Path, null, "extract", "--shard", "auto", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("entity-extract: --shard auto: not running as a Slurm array task", Assert.Single(result.StderrLines));
        Assert.Equal("", result.Stdout);
    }

    private static ShardSpec Resolve(string text, params (string Name, string Value)[] environment) =>
        ShardEnvironment.Resolve(text, name => environment.Where(e => e.Name == name).Select(e => e.Value).FirstOrDefault());
}
