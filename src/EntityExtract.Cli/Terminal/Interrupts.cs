using System.Runtime.InteropServices;

namespace EntityExtract.Cli.Terminal;

/// <summary>
/// Turns Ctrl-C, SIGTERM and SIGHUP (a closed terminal, a dropped ssh session) into a cancellation that the run checks (between pieces, and inside
/// reads from pipes and other files that can block), so it stops, flushes whole rows and exits
/// 130 instead of dying mid-row. Installed first thing in <c>Main</c>, so a signal is never met
/// by the default handler (exit 143) once the program runs.
/// </summary>
/// <remarks>
/// Some waits cannot see a token: opening a FIFO that has no writer, a long merge, a write to a
/// full pipe. If the run has not ended <see cref="Grace"/> after the signal, the handler ends it
/// itself: it removes the temporary output files registered here and exits 130. This is the one
/// mutable static of the program, because a process has one set of signal handlers.
/// </remarks>
internal sealed class Interrupts
{
    /// <summary>How long a run may take to stop on its own before it is ended for it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(600);

    private readonly CancellationTokenSource _source = new();
    private readonly object _gate = new();
    private readonly HashSet<string> _temporaryFiles = new(StringComparer.Ordinal);
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _announced;

    private Interrupts()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsBrowser())
        {
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                Signal();
            };
            return;
        }

        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal));
    }

    /// <summary>The process's handlers, installed on first use.</summary>
    public static Interrupts Process { get; } = new();

    public CancellationToken Token => _source.Token;

    /// <summary>Installs the handlers now (touching <see cref="Process"/> is enough).</summary>
    public static void Install() => _ = Process;

    /// <summary>A temporary file that a forced exit must remove.</summary>
    public void Register(string path)
    {
        lock (_gate)
        {
            _temporaryFiles.Add(path);
        }
    }

    public void Unregister(string path)
    {
        lock (_gate)
        {
            _temporaryFiles.Remove(path);
        }
    }

    /// <summary>
    /// Runs <paramref name="commit"/> (moving a finished output into place) unless the run has
    /// been interrupted; never at the same time as a forced exit's clean-up.
    /// </summary>
    public void Commit(Action commit)
    {
        lock (_gate)
        {
            Token.ThrowIfCancellationRequested();
            commit();
        }
    }

    /// <summary>Prints "interrupted" once, whoever gets there first: the run or the forced exit.</summary>
    public void Announce(string message = "interrupted")
    {
        if (Interlocked.Exchange(ref _announced, 1) == 0)
        {
            Stderr.LineIfFree(message, TimeSpan.FromMilliseconds(200));
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // we exit ourselves, after flushing
        Signal();
    }

    private void Signal()
    {
        lock (_gate)
        {
            if (_source.IsCancellationRequested)
            {
                return;
            }
        }

        _source.Cancel();
        new Thread(ForceExitAfterGrace) { IsBackground = true, Name = "entity-extract interrupt" }.Start();
    }

    private void ForceExitAfterGrace()
    {
        Thread.Sleep(Grace);
        lock (_gate)
        {
            foreach (var path in _temporaryFiles)
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // nothing more can be done on the way out
                }
            }
        }

        Announce();
        Environment.Exit(ExitCodes.Interrupted);
    }
}
