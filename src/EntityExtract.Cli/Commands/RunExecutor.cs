using System.CommandLine;
using EntityExtract.Cli.Terminal;
using EntityExtract.Pipeline;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// The part of <c>tokenize</c> and <c>extract</c> that belongs to a terminal: find the input,
/// open the output, hand both to the pipeline, and map what happened to an exit code.
/// </summary>
internal static class RunExecutor
{
    public static int Execute(ParseResult parse, RunOptions options, RunSettings settings, RunPlan plan)
    {
        var input = RunInput.Find(settings);
        if (input.MissingPaths.Count > 0)
        {
            throw new UsageException($"{input.MissingPaths[0]}: no such file or folder");
        }

        var outputPath = parse.GetValue(options.Output);
        using var interrupts = new Interrupts();
        using var target = OutputTarget.Open(outputPath);
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
            Stderr.Line("interrupted");
            return ExitCodes.Interrupted;
        }
        catch (IOException) when (outputPath is null)
        {
            // stdout was closed by the reader (e.g. `| head`): nothing left to do, and not an error.
            return ExitCodes.Success;
        }
        catch (IOException e)
        {
            // The output file could not be written (disk full, say): the previous one is left as it was.
            observer.EndProgress();
            Stderr.ForPath(outputPath!, $"cannot write: {e.Message}");
            return ExitCodes.SomeFilesFailed;
        }

        return summary.FilesFailed > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
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
