using System.Runtime.ExceptionServices;

namespace EntityExtract.Extraction;

/// <summary>
/// Runs <c>work</c> on items 0..count-1 on several threads and hands the results to
/// <c>consume</c> on the calling thread strictly in index order, so output is byte-identical at
/// any thread count. At most <c>window</c> results wait for their turn: a slow item holds the
/// others back instead of letting finished results pile up without bound.
/// </summary>
public static class OrderedParallel
{
    public static void Run<TState, TResult>(
        int count,
        int threads,
        Func<TState> createState,
        Func<TState, int, TResult> work,
        Action<int, TResult> consume,
        CancellationToken cancellation)
    {
        if (count == 0)
        {
            return;
        }

        var window = Math.Max(4, threads * 4);
        var slots = new TResult[window];
        var ready = new bool[window];
        var gate = new object();
        var next = -1;
        var consumed = 0; // items handed to consume so far
        ExceptionDispatchInfo? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        void Worker()
        {
            try
            {
                var state = createState();
                while (true)
                {
                    var index = Interlocked.Increment(ref next);
                    if (index >= count)
                    {
                        return;
                    }

                    lock (gate)
                    {
                        // Wait for the slot this index will use to be consumed.
                        while (index - consumed >= window && !stop.IsCancellationRequested)
                        {
                            Monitor.Wait(gate, 100);
                        }
                    }

                    stop.Token.ThrowIfCancellationRequested();
                    var result = work(state, index);
                    lock (gate)
                    {
                        slots[index % window] = result;
                        ready[index % window] = true;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    failure ??= ExceptionDispatchInfo.Capture(e);
                    stop.Cancel();
                    Monitor.PulseAll(gate);
                }
            }
        }

        var workers = new Thread[Math.Min(threads, count)];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(Worker) { IsBackground = true, Name = $"entity-extract worker {i}" };
            workers[i].Start();
        }

        try
        {
            for (var index = 0; index < count; index++)
            {
                TResult result;
                lock (gate)
                {
                    while (!ready[index % window] && !stop.IsCancellationRequested)
                    {
                        Monitor.Wait(gate, 100);
                    }

                    failure?.Throw();
                    stop.Token.ThrowIfCancellationRequested();
                    result = slots[index % window];
                    slots[index % window] = default!;
                    ready[index % window] = false;
                }

                consume(index, result);
                lock (gate)
                {
                    consumed = index + 1;
                    Monitor.PulseAll(gate);
                }
            }
        }
        finally
        {
            stop.Cancel();
            lock (gate)
            {
                Monitor.PulseAll(gate);
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }
        }

        failure?.Throw();
    }
}
