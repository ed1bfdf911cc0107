using System.CommandLine;
using EntityExtract.Cli.Terminal;
using EntityExtract.Entities.Joining;
using EntityExtract.Entities.Merging;
using EntityExtract.Input;
using EntityExtract.Output;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// <c>entity-extract merge TABLE...</c>: combines the entity tables written by the shards of a run
/// (<c>extract --group corpus</c>, <c>--group file</c> or <c>--group pairs</c>) into the table one run over all the
/// input writes. The work is <see cref="TableMerge"/>'s; this is the wiring.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var options = new RunOptions();
        var tables = new Argument<string[]>("TABLE")
        {
            Description = "Entity tables written by 'extract --group corpus', '--group file' or '--group pairs' ('-' reads stdin), all in the --format and --no-sanitize given here.",
            Arity = ArgumentArity.OneOrMore,
        };
        var group = EnumOption.CreateOptional<TableKind>(
            "--group", "The table to write: the kind read (default), or corpus to sum --group file tables into an entity table for all input.", "KIND");
        // merge reads and writes tables, never workbooks: its help says so.
        options.Output.Description = "Write to FILE instead of stdout, replaced only on success.";
        options.Format.Description = "csv (default), tsv or jsonl: the format of the tables read and written.";
        var gephi = new Option<bool>("--gephi")
        {
            Description = "With pairs tables: the merged pairs alone, as a Gephi edge list.",
        };
        var aliases = AliasesOption.Create();
        var entityRows = new Option<bool>("--entity-rows")
        {
            Description = "With pairs tables: keep the entity rows after the pairs, to merge the result again.",
        };
        var corpus = new Option<string?>("--corpus")
        {
            Description = "Merge mention tables written by 'extract --entity' instead, naming each mention's entity from CORPUS, the merged --group corpus table.",
            HelpName = "CORPUS",
        };
        var command = new Command("merge", "Merge the --group corpus, file or pairs tables of shards into the table one run over all the input writes, byte for byte.")
        {
            tables, group, gephi, entityRows, aliases, corpus, options.Output, options.Format, options.NoHeader, options.NoSanitize, options.Excel,
        };
        command.SetAction(parse => parse.GetValue(corpus) is { } corpusTable
            ? RunMentions(parse, options, parse.GetValue(tables)!, corpusTable)
            : Run(parse, options, parse.GetValue(tables)!, parse.GetValue(group), parse.GetValue(gephi), AliasesOption.Load(parse.GetValue(aliases)), parse.GetValue(entityRows)));
        return command;
    }

    private static int Run(ParseResult parse, RunOptions options, string[] tables, TableKind? group, bool gephi, UserAliases? aliases, bool entityRows)
    {
        var format = parse.GetValue(options.Format);
        if (format == OutputFormat.Xlsx || options.TableOptions(parse).Format == OutputFormat.Xlsx)
        {
            throw new UsageException("merge reads and writes csv, tsv or jsonl tables, not workbooks");
        }

        OutputOverlap.Refuse("-o", parse.GetValue(options.Output), tables);
        var merge = new TableMerge(group, unguard: !parse.GetValue(options.NoSanitize), gephi, aliases, entityRows);
        var cancellation = Interrupts.Process.Token;
        foreach (var name in tables)
        {
            cancellation.ThrowIfCancellationRequested();
            using var stream = Open(name, cancellation);
            try
            {
                using var rows = TableReaders.Open(stream, format);
                merge.Add(name, rows, problem => Stderr.ForPath(problem.DisplayPath, problem.Reason));
            }
            catch (TableFormatException e)
            {
                throw new UsageException($"{name}:{e.Line}: cannot read the header ({e.Message})");
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
        }

        var table = options.TableOptions(parse);
        cancellation.ThrowIfCancellationRequested();
        using var target = OutputTarget.Open(parse.GetValue(options.Output));
        try
        {
            using (var sink = TableWriters.Open(target.Stream, merge.Output.ToString().ToLowerInvariant(), merge.Columns, table))
            {
                merge.Write(sink.Rows);
                sink.Finish();
            }

            target.Commit();
        }
        catch (IOException e)
        {
            return target.Failed(e); // quiet for stdout closed by its reader; exit 1 for any other write error
        }

        return merge.Problems > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
    }

    /// <summary><c>merge --corpus CORPUS MENTIONS...</c>: the shards' mention tables as one run writes them (<see cref="MentionTableMerge"/>).</summary>
    private static int RunMentions(ParseResult parse, RunOptions options, string[] tables, string corpus)
    {
        var format = parse.GetValue(options.Format);
        var table = options.TableOptions(parse);
        if (format == OutputFormat.Xlsx || table.Format == OutputFormat.Xlsx)
        {
            throw new UsageException("merge reads and writes csv, tsv or jsonl tables, not workbooks");
        }

        OutputOverlap.Refuse("-o", parse.GetValue(options.Output), [corpus, .. tables]);
        var merge = new MentionTableMerge(unguard: !parse.GetValue(options.NoSanitize));
        var cancellation = Interrupts.Process.Token;
        void Report(InputProblem problem) => Stderr.ForPath(problem.DisplayPath, problem.Reason);
        var opened = new List<(string Name, Stream Stream, ITableRows Rows)>();
        try
        {
            using (var stream = Open(corpus, cancellation))
            {
                using var rows = OpenRows(corpus, stream, format);
                Try(() => merge.AddCorpus(corpus, rows, Report));
            }

            foreach (var name in tables)
            {
                var stream = Open(name, cancellation);
                opened.Add((name, stream, OpenRows(name, stream, format)));
            }

            using var target = OutputTarget.Open(parse.GetValue(options.Output));
            try
            {
                var inputs = opened.Select(o => (o.Name, o.Rows)).ToList();
                var columns = opened.Select(o => o.Rows.Columns).FirstOrDefault(c => c.Count > 0) ?? merge.Columns;
                using (var sink = TableWriters.Open(target.Stream, "mentions", columns, table))
                {
                    Try(() => merge.Write(inputs, sink.Rows, Report));
                    sink.Finish();
                }

                target.Commit();
            }
            catch (IOException e)
            {
                return target.Failed(e);
            }
        }
        finally
        {
            foreach (var (_, stream, rows) in opened)
            {
                rows.Dispose();
                stream.Dispose();
            }
        }

        return merge.Problems > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
    }

    private static ITableRows OpenRows(string name, Stream stream, OutputFormat format)
    {
        try
        {
            return TableReaders.Open(stream, format);
        }
        catch (TableFormatException e)
        {
            throw new UsageException($"{name}:{e.Line}: cannot read the header ({e.Message})");
        }
    }

    private static void Try(Action action)
    {
        try
        {
            action();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>Opens a table; stdin, a FIFO or a device is read so that an interrupt is not kept waiting.</summary>
    private static Stream Open(string name, CancellationToken cancellation)
    {
        if (name == InputFile.StdinPath)
        {
            StandardStreams.EnsureInputOpen();
        }

        try
        {
            return InputStreams.OpenNamed(name, cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(e is FileNotFoundException or DirectoryNotFoundException
                ? $"{name}: no such file"
                : $"{name}: cannot read ({e.Message})");
        }
    }
}
