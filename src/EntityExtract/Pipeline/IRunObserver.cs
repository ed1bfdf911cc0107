using EntityExtract.Input;

namespace EntityExtract.Pipeline;

/// <summary>
/// Hears about a run as it goes, always on the thread that writes output and in file order, so
/// messages come out in the same order at any thread count. The library never prints; the CLI
/// implements this.
/// </summary>
public interface IRunObserver
{
    /// <summary>A file that could not be processed; the run goes on.</summary>
    void Problem(InputProblem problem);

    /// <summary>A file that was processed, with something the user should know.</summary>
    void Warning(string displayPath, string message);

    /// <summary>After every piece of a file (about 256 KiB) and every file that ends or fails.</summary>
    void Progress(RunProgress progress);
}
