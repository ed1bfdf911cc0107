using System.CommandLine;
using EntityExtract.Cli.Terminal;
using EntityExtract.Input;
using EntityExtract.Pipeline;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// The part of <c>tokenize</c> and <c>extract</c> that belongs to a terminal: find the input,
/// open the output, hand both to the pipeline, and map what happened to an exit code.
/// </summary>
internal static class RunExecutor
{
    public static int Execute(ParseResult parse, RunOptions options, RunSettings settings, RunPlan plan) =>
        Execute(parse, options, settings, _ => plan);

    /// <summary>Like the other overload, with a plan made once the files are known (a <c>page</c> column for PDFs).</summary>
    public static int Execute(ParseResult parse, RunOptions options, RunSettings settings, Func<IReadOnlyList<InputFile>, RunPlan> planFor)
    {
        var interrupts = Interrupts.Process;
        var input = RunInput.Find(settings, interrupts.Token);
        if (input.MissingPaths.Count > 0)
        {
            throw new UsageException($"{input.MissingPaths[0]}: no such file or folder");
        }

        var plan = planFor(input.Files);
        input = WithoutOutput(input, plan, parse.GetValue(options.Output), parse.GetValue(options.Quiet));
        interrupts.Token.ThrowIfCancellationRequested();
        if (input.ReadsStdin)
        {
            StandardStreams.EnsureInputOpen();
        }

        using var target = OutputTarget.Open(parse.GetValue(options.Output));
        var observer = new StderrObserver(parse.GetValue(options.Quiet), options.WantsProgress(parse) ? new ProgressLine(input.Files) : null);
        RunSummary summary;
        try
        {
            using var stdin = input.ReadsStdin ? Console.OpenStandardInput() : null;
            summary = input.Run(plan, target.Stream, observer, stdin, interrupts.Token);
            target.Commit();
            observer.Finish(summary);
        }
        catch (OperationCanceledException) when (interrupts.Token.IsCancellationRequested)
        {
            FlushQuietly(target.Stream);
            observer.EndProgress();
            interrupts.Announce();
            return ExitCodes.Interrupted;
        }
        catch (IOException e)
        {
            // stdout closed by its reader (`| head`) is a quiet success; a full disk or any other
            // write error is not, and a named output file keeps its previous contents.
            observer.EndProgress();
            return target.Failed(e);
        }

        return summary.FilesFailed > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
    }

    /// <summary>
    /// An output that is one of the inputs is a usage error: a run never replaces what it reads.
    /// The one exception is a table this run would write (an earlier run's output left in a folder
    /// it walks, whose name the patterns take): it is left out with a note rather than read back.
    /// </summary>
    private static RunInput WithoutOutput(RunInput input, RunPlan plan, string? output, bool quiet)
    {
        if (OutputOverlap.Of(output) is not { } target)
        {
            return input;
        }

        InputFile? earlier = null;
        foreach (var file in input.Files)
        {
            var path = file.IsStdin ? InputFile.StdinPath : file.FullPath!;
            if (!file.IsExplicit && FileIdentity.Of(path) == target && EarlierOutput.Is(path, plan.Columns, input.Settings.Table))
            {
                earlier = file;
                if (!quiet)
                {
                    Stderr.ForPath(file.DisplayPath, "note: not read: it is the table this run writes (-o)");
                }

                continue;
            }

            OutputOverlap.Refuse("-o", output, target, path, file.DisplayPath);
        }

        return earlier is null ? input : input.Without(f => ReferenceEquals(f, earlier));
    }

    private static void FlushQuietly(Stream stream)
    {
        try
        {
            stream.Flush();
        }
        catch (IOException)
        {
        }
    }
}
