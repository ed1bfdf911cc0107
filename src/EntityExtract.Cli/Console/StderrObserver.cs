using EntityExtract.Extraction;
using EntityExtract.Input;

namespace EntityExtract.Cli.Console;

/// <summary>Renders a run's problems and warnings as <c>entity-extract: PATH: reason</c> lines.</summary>
internal sealed class StderrObserver(bool quiet) : IRunObserver
{
    public void Problem(InputProblem problem) => Stderr.ForPath(problem.DisplayPath, problem.Reason);

    public void Warning(string displayPath, string message)
    {
        if (!quiet)
        {
            Stderr.ForPath(displayPath, $"warning: {message}");
        }
    }

    public void FileDone(int filesDone, int filesTotal, long bytesDone)
    {
    }
}
