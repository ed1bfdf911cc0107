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
        CancellationToken cancellation)
    {
        var window = 2 * threads + 2;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var slots = new SemaphoreSlim(window, window);
        using var queue = new BlockingCollection<Entry<TItem, TResult>>();
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
                    slots.Wait(stop.Token);
                    var entry = new Entry<TItem, TResult>(item);
                    pending.Enqueue(entry);
                    queue.Add(entry, stop.Token);
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
                queue.CompleteAdding();
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
                    foreach (var entry in queue.GetConsumingEnumerable(stop.Token))
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
                    if (queue.IsCompleted && pending.IsEmpty)
                    {
                        break;
                    }

                    WaitBriefly(stop.Token, failure);
                    continue;
                }

                next.Wait(stop.Token);
                consume(next.Item, next.Result);
                slots.Release();
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
    private sealed class Entry<TItem, TResult>(TItem item)
    {
        private readonly ManualResetEventSlim _done = new();

        public TItem Item { get; } = item;

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
