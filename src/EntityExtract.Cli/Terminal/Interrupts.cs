using System.Runtime.InteropServices;

namespace EntityExtract.Cli.Terminal;

/// <summary>
/// Turns Ctrl-C and SIGTERM into a cancellation the per-file loop checks, so the run stops at a
/// file boundary, flushes whole rows and exits 130 instead of dying mid-row.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    public Interrupts()
    {
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // we exit ourselves, after flushing
        _source.Cancel();
    }
}
