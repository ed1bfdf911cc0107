using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace EntityExtract.Pipeline;

/// <summary>
/// Runs <c>work</c> over a stream of items on several threads and hands the results to
/// <c>consume</c> on the calling thread strictly in the order the items came, so output is
/// byte-identical at any thread count. Items are pulled from the source on one producer thread,
/// and at most <c>window</c> items are in flight (read, being worked on, or waiting their turn):
/// a slow item holds the others back instead of letting memory grow without bound.
/// </summary>
public static class OrderedParallel
{
    public static void Run<TItem, TState, TResult>(
        IEnumerable<TItem> source,
        int threads,
        Func<TState> createState,
        Func<TState, TItem, TResult> work,
        Action<TItem, TResult> consume,
        CancellationToken cancellation) =>
        Run(source, threads, createState, work, static _ => 0, long.MaxValue, consume, cancellation);

    /// <summary>
    /// Like the other overload, and also holds the total <paramref name="weigh"/> of the items in
    /// flight under <paramref name="maxWeight"/> (one item may exceed it alone), so memory is
    /// bounded in bytes and not only in items.
    /// </summary>
    public static void Run<TItem, TState, TResult>(
        IEnumerable<TItem> source,
        int threads,
        Func<TState> createState,
        Func<TState, TItem, TResult> work,
        Func<TItem, long> weigh,
        long maxWeight,
        Action<TItem, TResult> consume,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(weigh);
        var window = 2 * threads + 2;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var queue = new InFlight<Entry<TItem, TResult>>(window, maxWeight);
        queue.StopOn(stop.Token);
        var pending = new ConcurrentQueue<Entry<TItem, TResult>>();
        ExceptionDispatchInfo? failure = null;

        void Fail(Exception e)
        {
            Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            stop.Cancel();
        }

        var producer = new Thread(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    var entry = new Entry<TItem, TResult>(item, weigh(item));
                    if (!queue.Add(entry, entry.Weight))
                    {
                        break;
                    }

                    pending.Enqueue(entry);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                queue.Complete();
            }
        }) { IsBackground = true, Name = "entity-extract reader" };

        var workers = new Thread[threads];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(() =>
            {
                try
                {
                    var state = createState();
                    while (queue.Take(out var entry))
                    {
                        entry.Complete(work(state, entry.Item));
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    Fail(e);
                }
            }) { IsBackground = true, Name = $"entity-extract worker {i}" };
        }

        producer.Start();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        try
        {
            while (true)
            {
                if (!pending.TryDequeue(out var next))
                {
                    if (!producer.IsAlive && pending.IsEmpty)
                    {
                        break;
                    }

                    WaitBriefly(stop.Token, failure);
                    continue;
                }

                next.Wait(stop.Token);
                consume(next.Item, next.Result);
                queue.Release(next.Weight);
            }
        }
        catch (OperationCanceledException) when (failure is not null)
        {
            // a worker failed: its exception is the one to report
        }
        finally
        {
            stop.Cancel();
            producer.Join();
            foreach (var worker in workers)
            {
                worker.Join();
            }
        }

        failure?.Throw();
        cancellation.ThrowIfCancellationRequested();
    }

    private static void WaitBriefly(CancellationToken token, ExceptionDispatchInfo? failure)
    {
        failure?.Throw();
        token.WaitHandle.WaitOne(1);
        token.ThrowIfCancellationRequested();
    }

    /// <summary>An item and, once a worker is done with it, its result.</summary>
    private sealed class Entry<TItem, TResult>(TItem item, long weight)
    {
        // No spinning before blocking: the consumer usually waits on work that takes far longer
        // than a spin, and with tiny items spinning is all the waits do.
        private readonly ManualResetEventSlim _done = new(false, spinCount: 0);

        public TItem Item { get; } = item;

        public long Weight { get; } = weight;

        public TResult Result { get; private set; } = default!;

        public void Complete(TResult result)
        {
            Result = result;
            _done.Set();
        }

        public void Wait(CancellationToken token)
        {
            _done.Wait(token);
            _done.Dispose();
        }
    }
}
