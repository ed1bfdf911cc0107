using System.CommandLine;
using EntityExtract.Cli.Console;
using EntityExtract.Extraction;
using EntityExtract.Input;
using EntityExtract.Output;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// The part of <c>tokenize</c> and <c>extract</c> that is the same: find the files, open the
/// output, run the documents, and map what happened to an exit code.
/// </summary>
internal static class RunExecutor
{
    /// <summary>Runs <paramref name="createJob"/> over the input; an <paramref name="aggregator"/> writes tables that span chunks.</summary>
    public static int Execute(
        ParseResult parse,
        RunOptions options,
        IReadOnlyList<string> columns,
        Func<IDocumentJob> createJob,
        int threads,
        IChunkAggregator? aggregator = null,
        bool numberSentences = false)
    {
        var paths = parse.GetValue(options.Paths) ?? [];
        if (paths.Length == 0)
        {
            if (!System.Console.IsInputRedirected)
            {
                throw new UsageException("no PATH given (name files or folders, or pipe text into stdin)");
            }

            paths = ["-"];
        }

        var shard = options.ShardSpec(parse);
        var source = options.ChunkSource(parse, shard);
        var walk = InputWalker.Walk(paths, options.WalkOptions(parse));
        if (walk.MissingPaths.Count > 0)
        {
            throw new UsageException($"{walk.MissingPaths[0]}: no such file or folder");
        }

        // Text files are sharded by path here; JSON Lines records by id, as they are read.
        var fileShard = source is Input.Records.TextFileSource ? shard : Input.Sharding.ShardSpec.All;
        var files = walk.Files.Where(f => fileShard.Contains(f.DisplayPath)).ToArray();
        var walkProblems = walk.Problems.Where(p => fileShard.Contains(p.DisplayPath)).ToArray();
        var quiet = parse.GetValue(options.Quiet);
        foreach (var problem in walkProblems)
        {
            Stderr.ForPath(problem.DisplayPath, problem.Reason);
        }

        using var interrupts = new Interrupts();
        using var target = OutputTarget.Open(parse.GetValue(options.Output));
        var table = options.TableOptions(parse);
        var runner = new DocumentRunner(createJob, columns, table, threads) { Aggregator = aggregator, NumberSentences = numberSentences, Source = source };
        var observer = new StderrObserver(quiet, options.WantsProgress(parse) ? new ProgressLine() : null);
        RunSummary summary;
        try
        {
            using var stdin = paths.Contains("-") ? System.Console.OpenStandardInput() : null;
            summary = runner.Run(files, target.Stream, observer, stdin, interrupts.Token);
            target.Commit();
            observer.Finish(summary with { FilesFailed = summary.FilesFailed + walkProblems.Length });
        }
        catch (OperationCanceledException) when (interrupts.Token.IsCancellationRequested)
        {
            FlushQuietly(target.Stream);
            Stderr.Line("interrupted");
            return ExitCodes.Interrupted;
        }
        catch (IOException) when (parse.GetValue(options.Output) is null)
        {
            // stdout was closed by the reader (e.g. `| head`): nothing left to do, and not an error.
            return ExitCodes.Success;
        }
        catch (IOException e)
        {
            // The output file could not be written (disk full, say): the previous one is left as it was.
            Stderr.ForPath(parse.GetValue(options.Output)!, $"cannot write: {e.Message}");
            return ExitCodes.SomeFilesFailed;
        }

        return summary.FilesFailed + walkProblems.Length > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
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
