using System.Runtime.InteropServices;

namespace EntityExtract.Cli.Terminal;

/// <summary>
/// Refuses to read a standard input or write a standard output that was closed
/// (<c>entity-extract - &lt;&amp;-</c>, <c>entity-extract docs &gt;&amp;-</c>). The runtime opens
/// descriptors of its own at start-up and the first of them takes the lowest free number, so
/// "stdin" would be the runtime's own pipe and a read would wait forever. Descriptors 0 and 1
/// are ours only when they were inherited, and an inherited descriptor cannot be close-on-exec
/// (exec would have closed it), while the runtime opens all of its own close-on-exec.
/// </summary>
internal static class StandardStreams
{
    private const int GetDescriptorFlags = 1; // F_GETFD
    private const int CloseOnExec = 1; // FD_CLOEXEC

    /// <summary>Throws a usage error when standard input is closed.</summary>
    public static void EnsureInputOpen()
    {
        if (IsClosed(0))
        {
            throw new UsageException("-: standard input is closed; nothing to read");
        }
    }

    /// <summary>Throws a usage error when standard output is closed.</summary>
    public static void EnsureOutputOpen()
    {
        if (IsClosed(1))
        {
            throw new UsageException("standard output is closed; give -o FILE to write the table");
        }
    }

    /// <summary>True when <paramref name="descriptor"/> was not inherited open from the caller.</summary>
    public static bool IsClosed(int descriptor)
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsBrowser())
        {
            return false;
        }

        try
        {
            var flags = Native.fcntl(descriptor, GetDescriptorFlags);
            return flags < 0 || (flags & CloseOnExec) != 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int fcntl(int descriptor, int command);
    }
}
