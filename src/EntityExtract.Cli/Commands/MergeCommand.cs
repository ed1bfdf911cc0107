using System.CommandLine;
using EntityExtract.Cli.Terminal;
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
        var command = new Command("merge", "Merge the --group corpus, file or pairs tables of shards into the table one run over all the input writes, byte for byte.")
        {
            tables, group, gephi, options.Output, options.Format, options.NoHeader, options.NoSanitize, options.Excel,
        };
        command.SetAction(parse => Run(parse, options, parse.GetValue(tables)!, parse.GetValue(group), parse.GetValue(gephi)));
        return command;
    }

    private static int Run(ParseResult parse, RunOptions options, string[] tables, TableKind? group, bool gephi)
    {
        var format = parse.GetValue(options.Format);
        if (format == OutputFormat.Xlsx || options.TableOptions(parse).Format == OutputFormat.Xlsx)
        {
            throw new UsageException("merge reads and writes csv, tsv or jsonl tables, not workbooks");
        }

        OutputOverlap.Refuse("-o", parse.GetValue(options.Output), tables);
        var merge = new TableMerge(group, unguard: !parse.GetValue(options.NoSanitize), gephi);
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
