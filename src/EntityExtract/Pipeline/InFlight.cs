namespace EntityExtract.Pipeline;

/// <summary>
/// What <see cref="OrderedParallel"/> has in flight: items read but not yet consumed, bounded in
/// number and in weight (the bytes of text they hold), and the queue of those waiting for a
/// worker. One lock and <see cref="Monitor"/> waits, with no spinning: with thousands of tiny
/// files, spin-then-yield waits cost a million <c>sched_yield</c> calls for no work.
/// </summary>
internal sealed class InFlight<T>(int maxItems, long maxWeight) : IDisposable
{
    private readonly object _gate = new();
    private readonly Queue<T> _waiting = new();
    private int _items;
    private long _weight;
    private bool _completed;
    private bool _stopped;
    private CancellationTokenRegistration _registration;

    /// <summary>Wakes every waiter when <paramref name="stop"/> fires.</summary>
    public void StopOn(CancellationToken stop) => _registration = stop.Register(() =>
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    });

    /// <summary>
    /// Takes room for one item of <paramref name="weight"/> and queues it for a worker. Waits while
    /// the window is full; an item heavier than the whole budget still goes when nothing else is
    /// in flight, so no item can wait forever.
    /// </summary>
    /// <returns>False when stopped.</returns>
    public bool Add(T item, long weight)
    {
        lock (_gate)
        {
            while (!_stopped && (_items >= maxItems || (_items > 0 && _weight + weight > maxWeight)))
            {
                Monitor.Wait(_gate);
            }

            if (_stopped)
            {
                return false;
            }

            _items++;
            _weight += weight;
            _waiting.Enqueue(item);
            Monitor.PulseAll(_gate);
            return true;
        }
    }

    /// <summary>No more items will be added; workers drain the queue and stop.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The next item for a worker; false once the queue is drained and complete, or stopped.</summary>
    public bool Take(out T item)
    {
        lock (_gate)
        {
            while (!_stopped && _waiting.Count == 0 && !_completed)
            {
                Monitor.Wait(_gate);
            }

            if (_stopped || _waiting.Count == 0)
            {
                item = default!;
                return false;
            }

            item = _waiting.Dequeue();
            return true;
        }
    }

    /// <summary>Gives back the room of a consumed item.</summary>
    public void Release(long weight)
    {
        lock (_gate)
        {
            _items--;
            _weight -= weight;
            Monitor.PulseAll(_gate);
        }
    }

    public void Dispose() => _registration.Dispose();
}
