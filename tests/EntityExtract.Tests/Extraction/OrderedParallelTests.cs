using EntityExtract.Extraction;

namespace EntityExtract.Tests.Extraction;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Results_are_consumed_in_index_order_whatever_the_thread_count(int threads)
    {
        var seen = new List<int>();
        OrderedParallel.Run(
            500,
            threads,
            () => new Random(threads),
            (random, index) =>
            {
                Thread.SpinWait(random.Next(0, 20_000)); // uneven work, so items finish out of order
                return index * 2;
            },
            (index, result) =>
            {
                Assert.Equal(index * 2, result);
                seen.Add(index);
            },
            CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 500), seen);
    }

    [Fact]
    public void A_failing_item_surfaces_as_the_original_exception()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OrderedParallel.Run<int, int>(
            100, 4, () => 0, (_, index) => index == 37 ? throw new InvalidOperationException("item 37") : index, (_, _) => { }, CancellationToken.None));

        Assert.Equal("item 37", error.Message);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        var consumed = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Run<int, int>(
            10_000, 2, () => 0, (_, index) => index, (index, _) =>
            {
                consumed++;
                if (index == 10)
                {
                    cancel.Cancel();
                }
            },
            cancel.Token));

        Assert.InRange(consumed, 11, 11);
    }
}
