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
        progress?.End();
        Stderr.ForPath(problem.DisplayPath, problem.Reason);
    }

    public void Warning(string displayPath, string message)
    {
        if (!quiet)
        {
            progress?.End();
            Stderr.ForPath(displayPath, $"warning: {message}");
        }
    }

    public void Progress(RunProgress done) => progress?.Update(done);

    /// <summary>Ends the progress line before the caller writes a line of its own ("interrupted").</summary>
    public void EndProgress() => progress?.End();

    public void Finish(RunSummary summary)
    {
        progress?.End();
        if (!quiet)
        {
            Stderr.Line(SummaryText.Of(summary));
        }
    }
}
