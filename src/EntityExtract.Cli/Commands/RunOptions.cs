using System.CommandLine;
using EntityExtract.Cli.Terminal;
using EntityExtract.Input;
using EntityExtract.Input.Documents;
using EntityExtract.Input.Records;
using EntityExtract.Input.Sharding;
using EntityExtract.Output;
using EntityExtract.Pipeline;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// The options that every command reading text folders shares (<c>tokenize</c>, <c>extract</c>),
/// declared once so their names and descriptions cannot drift apart.
/// </summary>
internal sealed class RunOptions
{
    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Files or folders (walked recursively); '-' is stdin.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> Include { get; } = new("--include")
    {
        Description = "Files to take in folders, repeatable, at any depth without a / (default: text, Markdown, PDF, Word, OpenDocument, HTML, e-mail).",
        HelpName = "GLOB",
    };

    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Files to skip in folders, repeatable.",
        HelpName = "GLOB",
    };

    public Option<bool> AllLanguages { get; } = new("--all-languages")
    {
        Description = "Tag files not in English too (default: skip, warn).",
    };

    public Option<bool> FollowLinks { get; } = new("--follow-links")
    {
        Description = "Walk into symlinked folders (loops are detected).",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Write to FILE, not stdout (FILE.xlsx: a workbook); replaced only on success.",
        HelpName = "FILE",
    };

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Worker threads (default: processor count).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    public Option<bool> NoHeader { get; } = new("--no-header")
    {
        Description = "Leave out the header row (to append to a table).",
    };

    public Option<bool> NoSanitize { get; } = new("--no-sanitize")
    {
        Description = "Do not guard CSV cells starting with = + - @ with a '.",
    };

    public Option<bool> Excel { get; } = new("--excel")
    {
        Description = "CSV for Excel: UTF-8 byte order mark, CRLF line ends.",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No warnings or summary; problems are still reported.",
    };

    public Option<ProgressMode> Progress { get; } = EnumOption.Create(
        "--progress", "Progress on stderr: auto (default), always or never.", ProgressMode.Auto, "MODE");

    public Option<OutputFormat> Format { get; } = EnumOption.Create(
        "--format", "csv (default), tsv, jsonl, or xlsx (a workbook; needs -o FILE).", OutputFormat.Csv, "FORMAT");

    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Read only shard K of N (0-based); auto: K and N from Slurm or Kubernetes.",
        HelpName = "K/N|auto",
    };

    public Option<InputFormat> InputFormat { get; } = EnumOption.Create(
        "--input-format", "text (default) or jsonl (a document per line: {\"id\": ..., \"text\": ...}).", Input.Records.InputFormat.Text, "FORMAT");

    public Option<string> IdField { get; } = new("--id-field")
    {
        Description = "jsonl: the member holding the id (default: id).",
        DefaultValueFactory = _ => "id",
        HelpName = "NAME",
    };

    public Option<string> TextField { get; } = new("--text-field")
    {
        Description = "jsonl: the member holding the text (default: text).",
        DefaultValueFactory = _ => "text",
        HelpName = "NAME",
    };

    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(Include);
        command.Add(Exclude);
        command.Add(FollowLinks);
        command.Add(AllLanguages);
        command.Add(Output);
        command.Add(Threads);
        command.Add(NoHeader);
        command.Add(NoSanitize);
        command.Add(Excel);
        command.Add(Quiet);
        command.Add(Progress);
        command.Add(Format);
        command.Add(Shard);
        command.Add(InputFormat);
        command.Add(IdField);
        command.Add(TextField);
    }

    /// <summary>The run's settings from the parse result; a bad value is a usage error.</summary>
    public RunSettings Settings(ParseResult parse)
    {
        var paths = parse.GetValue(Paths) ?? [];
        if (paths.Length == 0)
        {
            if (!Console.IsInputRedirected)
            {
                throw new UsageException("no PATH given: name files or folders, or pipe text into stdin (see 'entity-extract --help')");
            }

            paths = ["-"];
        }

        try
        {
            var shard = parse.GetValue(Shard) is { } text ? ShardEnvironment.Resolve(text, Environment.GetEnvironmentVariable) : ShardSpec.All;
            return new RunSettings
            {
                Paths = paths,
                Walk = WalkOptions(parse),
                Shard = shard,
                Source = parse.GetValue(InputFormat) == Input.Records.InputFormat.Jsonl
                    ? new JsonlRecordSource(new JsonlOptions { IdField = parse.GetValue(IdField)!, TextField = parse.GetValue(TextField)!, Shard = shard })
                    : new DocumentFileSource { AllLanguages = parse.GetValue(AllLanguages) },
                Table = TableOptions(parse),
                Threads = CappedThreads(parse.GetValue(Threads)),
            }.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>A larger <c>--threads</c> than the library runs is lowered, with a note.</summary>
    private static int CappedThreads(int threads)
    {
        var capped = RunSettings.CapThreads(threads, out var note);
        if (note is not null)
        {
            Stderr.Line("note: " + note);
        }

        return capped;
    }

    public TableWriterOptions TableOptions(ParseResult parse) => new()
    {
        Header = !parse.GetValue(NoHeader),
        Sanitize = !parse.GetValue(NoSanitize),
        Excel = parse.GetValue(Excel),
        Format = FormatOf(parse),
    };

    /// <summary>
    /// <c>--format</c>, or a workbook when it is not given and <c>-o</c> names an <c>.xlsx</c> file.
    /// A workbook is a file, so <c>--format xlsx</c> needs <c>-o</c>.
    /// </summary>
    private OutputFormat FormatOf(ParseResult parse)
    {
        var output = parse.GetValue(Output);
        if (parse.GetResult(Format) is null or { Implicit: true })
        {
            return output is not null && output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? OutputFormat.Xlsx : OutputFormat.Csv;
        }

        var format = parse.GetValue(Format);
        if (format == OutputFormat.Xlsx && output is null or "-")
        {
            throw new UsageException("--format xlsx needs -o FILE: a workbook is written to a file, not to a terminal or pipe");
        }

        if (format != OutputFormat.Xlsx && output is not null && output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            // A CSV named .xlsx would not open in Excel; say so rather than write it.
            throw new UsageException($"-o {output} names a workbook but --format is {format.ToString().ToLowerInvariant()}: drop --format, or name the file .{format.ToString().ToLowerInvariant()}");
        }

        return format;
    }

    public bool WantsProgress(ParseResult parse) => parse.GetValue(Progress) switch
    {
        ProgressMode.Always => true,
        ProgressMode.Never => false,
        _ => !Console.IsErrorRedirected,
    };

    private WalkOptions WalkOptions(ParseResult parse)
    {
        var include = parse.GetValue(Include) ?? [];
        return new WalkOptions
        {
            Include = include.Length > 0 ? include
                : parse.GetValue(InputFormat) == Input.Records.InputFormat.Jsonl ? ["**/*.jsonl"] : [.. Input.WalkOptions.DefaultInclude, .. DocumentKinds.DefaultInclude],
            Exclude = parse.GetValue(Exclude) ?? [],
            FollowLinks = parse.GetValue(FollowLinks),
        };
    }
}
