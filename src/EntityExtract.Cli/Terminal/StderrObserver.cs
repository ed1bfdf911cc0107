using EntityExtract.Input;
using EntityExtract.Pipeline;

namespace EntityExtract.Cli.Terminal;

/// <summary>
/// Renders a run on stderr: <c>entity-extract: PATH: reason</c> lines for problems and warnings,
/// and the progress line when one is wanted (cleared before any message, so they never mix).
/// </summary>
internal sealed class StderrObserver(bool quiet, ProgressLine? progress) : IRunObserver
{
    public void Problem(InputProblem problem)
    {
        progress?.Clear();
        Stderr.ForPath(problem.DisplayPath, problem.Reason);
    }

    public void Warning(string displayPath, string message)
    {
        if (!quiet)
        {
            progress?.Clear();
            Stderr.ForPath(displayPath, $"warning: {message}");
        }
    }

    public void FileDone(int filesDone, int filesTotal, long bytesDone) => progress?.Update(filesDone, filesTotal, bytesDone);

    public void Finish(RunSummary summary)
    {
        progress?.Clear();
        if (!quiet)
        {
            Stderr.Line(SummaryText.Of(summary));
        }
    }
}
