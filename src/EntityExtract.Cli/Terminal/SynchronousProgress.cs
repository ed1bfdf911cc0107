namespace EntityExtract.Cli.Terminal;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports on the calling thread, in order. The BCL's
/// <c>Progress&lt;T&gt;</c> posts to the thread pool, which would reorder lines and race the final
/// message.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
