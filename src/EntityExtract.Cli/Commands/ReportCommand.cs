using System.CommandLine;
using EntityExtract.Cli.Terminal;
using EntityExtract.Entities.Merging;
using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Pipeline.Jobs;
using EntityExtract.Pipeline;
using EntityExtract.Report;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// <c>entity-extract report PATH... -o report.html</c>: one self-contained HTML page of the entities
/// of a folder. The run writes the mention rows and the pairs table to a temporary folder in one
/// pass; the page is built from them as from the tables of shards (<c>--from-tables</c>), so its
/// numbers are the tables'.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "Write one self-contained HTML page: the most mentioned people, places and organizations, who appears with whom, every entity with its mentions in context, and each file's entities.");
        var options = new RunOptions();
        options.Output.Description = "Write the page to FILE (report.html), not stdout; replaced only on success.";
        options.Format.Description = "With --from-tables: the format of the tables read, csv (default), tsv or jsonl.";
        var fromTables = new Option<bool>("--from-tables")
        {
            Description = "PATHs are tables, not text: a pairs table (or corpus table) from 'extract --group pairs' and mention rows from 'extract --context N', merged from shards or not.",
        };
        var top = Limit("--top", "Entities listed in the page's table, the most mentioned first (default 1000).", 1000);
        var network = Limit("--network", "Entities drawn in the network (default 40).", 40);
        var bars = Limit("--bars", "Entities in each type's bar chart (default 15).", 15);
        var shown = Limit("--mentions-shown", "Mentions shown in context per entity (default 5).", 5);
        var files = Limit("--files", "Files listed in the file view (default 10000).", 10_000);
        var context = Limit("--context", "Characters of context either side of a shown mention (default 60).", 60);
        var title = new Option<string?>("--title") { Description = "The page's title (default: the paths).", HelpName = "TEXT" };
        var types = new Option<string[]>("--types") { Description = "PERSON, LOCATION, ORGANIZATION, MISC, comma-separated (default: the first three).", HelpName = "TYPES" };
        var model = ModelOption.Create();
        var minScore = new Option<float>("--min-score") { Description = "Drop mentions scored below X, from 0 to 1.", HelpName = "X" };

        options.AddTo(command);
        foreach (var option in new Option[] { fromTables, top, network, bars, shown, files, context, title, types, model, minScore })
        {
            command.Add(option);
        }

        command.SetAction(parse =>
        {
            var limits = new ReportLimits
            {
                Entities = parse.GetValue(top),
                Network = parse.GetValue(network),
                Bars = parse.GetValue(bars),
                Contexts = parse.GetValue(shown),
                Files = parse.GetValue(files),
            };
            var paths = parse.GetValue(options.Paths) ?? [];
            var pageTitle = parse.GetValue(title) ?? "Entities in " + (paths.Length == 0 ? "stdin" : string.Join(", ", paths));
            var tables = new ReportTables(limits);
            if (parse.GetValue(fromTables))
            {
                ReadTables(tables, paths, parse.GetValue(options.Format));
                return Write(parse, options, tables, pageTitle, ExitCodes.Success);
            }

            var extract = ExtractOptionsOf(new ExtractOptions
            {
                Types = TypeList.Parse(parse.GetValue(types)) ?? ExtractOptions.DefaultTypes,
                MinScore = parse.GetValue(minScore),
                Context = parse.GetValue(context),
            });
            var settings = options.Settings(parse) with { Table = new TableWriterOptions() };
            var tagger = ModelOption.Load(parse.GetValue(model));
            var folder = Directory.CreateTempSubdirectory("entity-extract-report-");
            try
            {
                var code = RunTables(parse, options, settings, extract, tagger, folder.FullName);
                if (code is not (ExitCodes.Success or ExitCodes.SomeFilesFailed))
                {
                    return code;
                }

                ReadTables(tables, [Path.Combine(folder.FullName, "pairs.csv"), Path.Combine(folder.FullName, "mentions.csv")], OutputFormat.Csv);
                return Write(parse, options, tables, pageTitle, code);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        });
        return command;
    }

    private static Option<int> Limit(string name, string description, int value) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => value,
        HelpName = "N",
        Validators = { r => { if (r.GetValueOrDefault<int>() < 0) r.AddError($"{name} must be 0 or more"); } },
    };

    private static ExtractOptions ExtractOptionsOf(ExtractOptions settings)
    {
        try
        {
            return settings.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>One pass over the input: mention rows to <c>mentions.csv</c>, the pairs table to <c>pairs.csv</c>.</summary>
    private static int RunTables(ParseResult parse, RunOptions options, RunSettings settings, ExtractOptions extract, Tagging.EntityTagger tagger, string folder)
    {
        var interrupts = Interrupts.Process;
        var input = RunInput.Find(settings, interrupts.Token);
        if (input.MissingPaths.Count > 0)
        {
            throw new UsageException($"{input.MissingPaths[0]}: no such file or folder");
        }

        var observer = new StderrObserver(parse.GetValue(options.Quiet), options.WantsProgress(parse) ? new ProgressLine(input.Files) : null);
        try
        {
            using var mentions = File.Create(Path.Combine(folder, "mentions.csv"));
            using var pairs = File.Create(Path.Combine(folder, "pairs.csv"));
            using var stdin = input.ReadsStdin ? Console.OpenStandardInput() : null;
            var summary = input.Run(RunPlan.Report(extract, tagger, pairs, settings.Table), mentions, observer, stdin, interrupts.Token);
            observer.Finish(summary);
            return summary.FilesFailed > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
        }
        catch (OperationCanceledException) when (interrupts.Token.IsCancellationRequested)
        {
            observer.EndProgress();
            interrupts.Announce();
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>Reads entity tables first (they name the entities mention rows are counted under), then mention rows.</summary>
    private static void ReadTables(ReportTables tables, string[] paths, OutputFormat format)
    {
        if (format == OutputFormat.Xlsx)
        {
            throw new UsageException("report reads csv, tsv or jsonl tables, not workbooks");
        }

        var mentionTables = new List<string>();
        var entityTables = 0;
        foreach (var (name, mentionRows) in paths.Select(p => (p, IsMentions(p, format))))
        {
            if (mentionRows)
            {
                mentionTables.Add(name);
                continue;
            }

            Read(name, format, rows => tables.AddEntityTable(rows) is { } problem ? throw new UsageException($"{name}: {problem}") : 0);
            entityTables++;
        }

        if (entityTables == 0)
        {
            throw new UsageException("--from-tables needs a pairs or corpus table ('extract --group pairs')");
        }

        foreach (var name in mentionTables)
        {
            Read(name, format, rows =>
            {
                tables.AddMentions(rows);
                return 0;
            });
        }
    }

    private static bool IsMentions(string name, OutputFormat format)
    {
        var columns = Read(name, format, rows => rows.Columns);
        if (ReportTables.IsMentionTable(columns))
        {
            return true;
        }

        return TableKinds.Detect(columns) is TableKind.Corpus or TableKind.Pairs
            ? false
            : throw new UsageException($"{name}: not a pairs, corpus or mentions table (columns: {string.Join(",", columns)})");
    }

    private static T Read<T>(string name, OutputFormat format, Func<ITableRows, T> read)
    {
        try
        {
            using var stream = InputStreams.OpenNamed(name, Interrupts.Process.Token);
            using var rows = TableReaders.Open(stream, format);
            return read(rows);
        }
        catch (TableFormatException e)
        {
            throw new UsageException($"{name}:{e.Line}: cannot read the header ({e.Message})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(e is FileNotFoundException or DirectoryNotFoundException ? $"{name}: no such file" : $"{name}: cannot read ({e.Message})");
        }
    }

    private static int Write(ParseResult parse, RunOptions options, ReportTables tables, string title, int code)
    {
        using var target = OutputTarget.Open(parse.GetValue(options.Output));
        try
        {
            ReportPage.Write(target.Stream, tables, title);
            target.Commit();
        }
        catch (IOException e)
        {
            return target.Failed(e);
        }

        return code;
    }
}
