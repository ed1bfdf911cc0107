using EntityExtract.Pipeline;

namespace EntityExtract.Tests.Pipeline;

/// <summary>The window of <see cref="OrderedParallel"/>: bounded in items and in bytes.</summary>
public sealed class InFlightTests
{
    [Fact]
    public async Task An_item_waits_while_the_bytes_in_flight_would_pass_the_budget()
    {
        using var inFlight = new InFlight<int>(maxItems: 100, maxWeight: 25);
        Assert.True(inFlight.Add(1, 10));
        Assert.True(inFlight.Add(2, 10));

        var third = Task.Run(() => inFlight.Add(3, 10));

        Assert.False(await Finishes(third, 200), "a third item of 10 bytes went past a budget of 25");
        inFlight.Release(10);
        Assert.True(await Finishes(third, 5000));
    }

    [Fact]
    public async Task An_item_heavier_than_the_whole_budget_goes_alone()
    {
        using var inFlight = new InFlight<int>(maxItems: 100, maxWeight: 25);

        Assert.True(inFlight.Add(1, 1000));
        var next = Task.Run(() => inFlight.Add(2, 1));

        Assert.False(await Finishes(next, 200));
        inFlight.Release(1000);
        Assert.True(await Finishes(next, 5000));
    }

    [Fact]
    public async Task A_stop_wakes_a_waiting_producer()
    {
        using var stop = new CancellationTokenSource();
        using var inFlight = new InFlight<int>(maxItems: 1, maxWeight: long.MaxValue);
        inFlight.StopOn(stop.Token);
        Assert.True(inFlight.Add(1, 0));

        var blocked = Task.Run(() => inFlight.Add(2, 0));
        await stop.CancelAsync();

        Assert.True(await Finishes(blocked, 5000));
        Assert.False(await blocked);
    }

    private static async Task<bool> Finishes(Task task, int milliseconds) =>
        await Task.WhenAny(task, Task.Delay(milliseconds)) == task;
}
