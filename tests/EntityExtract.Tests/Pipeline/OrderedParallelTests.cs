using EntityExtract.Pipeline;

namespace EntityExtract.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Results_are_consumed_in_source_order_whatever_the_thread_count(int threads)
    {
        var seen = new List<int>();
        OrderedParallel.Run(
            Enumerable.Range(0, 500),
            threads,
            () => new Random(threads),
            (random, item) =>
            {
                Thread.SpinWait(random.Next(0, 20_000)); // uneven work, so items finish out of order
                return item * 2;
            },
            (item, result) =>
            {
                Assert.Equal(item * 2, result);
                seen.Add(item);
            },
            CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 500), seen);
    }

    [Fact]
    public void The_source_is_not_read_further_ahead_than_the_window()
    {
        var produced = 0;
        var maxAhead = 0;
        var consumed = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 200; i++)
            {
                produced++;
                maxAhead = Math.Max(maxAhead, produced - Volatile.Read(ref consumed));
                yield return i;
            }
        }

        OrderedParallel.Run(Source(), 2, () => 0, (_, item) => item, (_, _) => Interlocked.Increment(ref consumed), CancellationToken.None);

        Assert.Equal(200, consumed);
        Assert.InRange(maxAhead, 1, 2 * 2 + 2 + 1);
    }

    [Fact]
    public void A_failing_item_surfaces_as_the_original_exception()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OrderedParallel.Run(
            Enumerable.Range(0, 100), 4, () => 0, (_, item) => item == 37 ? throw new InvalidOperationException("item 37") : item, (_, _) => { }, CancellationToken.None));

        Assert.Equal("item 37", error.Message);
    }

    [Fact]
    public void A_failing_source_surfaces_as_the_original_exception()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            throw new IOException("disk gone");
        }

        var error = Assert.Throws<IOException>(() => OrderedParallel.Run(Source(), 2, () => 0, (_, item) => item, (_, _) => { }, CancellationToken.None));

        Assert.Equal("disk gone", error.Message);
    }

    [Fact]
    public void Cancellation_stops_the_run_promptly()
    {
        using var cancel = new CancellationTokenSource();
        var consumed = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Run(
            Enumerable.Range(0, 100_000), 2, () => 0, (_, item) => item, (item, _) =>
            {
                consumed++;
                if (item == 10)
                {
                    cancel.Cancel();
                }
            },
            cancel.Token));

        Assert.Equal(11, consumed);
    }
}
