using System.CommandLine;
using EntityExtract.Input.Records;
using EntityExtract.Input.Sharding;
using EntityExtract.Input;
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
        Description = "Files or folders to read; folders are walked recursively. '-' or no PATH with redirected input reads stdin.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> Include { get; } = new("--include")
    {
        Description = "Glob of files to take inside folders (repeatable; default **/*.txt, or **/*.jsonl with --input-format jsonl). Files named directly are always read.",
        HelpName = "GLOB",
    };

    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Glob of files to skip inside folders (repeatable).",
        HelpName = "GLOB",
    };

    public Option<bool> FollowLinks { get; } = new("--follow-links")
    {
        Description = "Walk into symlinked folders (loops are detected).",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Write to FILE instead of stdout (atomically: replaced only when the run succeeds).",
        HelpName = "FILE",
    };

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Worker threads (default: processor count). Output is identical for any value.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    public Option<bool> NoHeader { get; } = new("--no-header")
    {
        Description = "Leave out the header row (for appending to an existing file).",
    };

    public Option<bool> NoSanitize { get; } = new("--no-sanitize")
    {
        Description = "Do not prefix text cells starting with = + - @ tab or CR with an apostrophe.",
    };

    public Option<bool> Excel { get; } = new("--excel")
    {
        Description = "Write a UTF-8 BOM and CRLF line ends so Excel opens the file as UTF-8.",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Do not print warnings or the summary line (problems with files are still reported).",
    };

    public Option<ProgressMode> Progress { get; } = new("--progress")
    {
        Description = "Live progress line on stderr: auto (when stderr is a terminal), always, never.",
        DefaultValueFactory = _ => ProgressMode.Auto,
    };

    public Option<OutputFormat> Format { get; } = new("--format")
    {
        Description = "Output format: csv, tsv (backslash-escaped tabs and line breaks) or jsonl (one JSON object per row).",
        DefaultValueFactory = _ => OutputFormat.Csv,
    };

    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Read only shard K of N (0-based) of the input files, picked by a stable hash of each file's path (of each record's id with --input-format jsonl). 'auto' or 'auto/N' takes K and N from a Slurm job array or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, with N or SHARD_COUNT).",
        HelpName = "K/N|auto",
    };

    public Option<InputFormat> InputFormat { get; } = new("--input-format")
    {
        Description = "text: each file is a document; jsonl: each line is a document {\"id\": ..., \"text\": ...}, its id written in the file column.",
        DefaultValueFactory = _ => Input.Records.InputFormat.Text,
    };

    public Option<string> IdField { get; } = new("--id-field")
    {
        Description = "With --input-format jsonl: the member holding the document id (a string or a number).",
        DefaultValueFactory = _ => "id",
        HelpName = "NAME",
    };

    public Option<string> TextField { get; } = new("--text-field")
    {
        Description = "With --input-format jsonl: the member holding the text.",
        DefaultValueFactory = _ => "text",
        HelpName = "NAME",
    };

    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(Include);
        command.Add(Exclude);
        command.Add(FollowLinks);
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

    /// <summary>The shard asked for, with <c>auto</c> read from the scheduler's environment.</summary>
    /// <summary>The run's settings from the parse result; a bad value is a usage error.</summary>
    public RunSettings Settings(ParseResult parse)
    {
        var paths = parse.GetValue(Paths) ?? [];
        if (paths.Length == 0)
        {
            if (!Console.IsInputRedirected)
            {
                throw new UsageException("no PATH given (name files or folders, or pipe text into stdin)");
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
                    : TextFileSource.Instance,
                Table = TableOptions(parse),
                Threads = parse.GetValue(Threads),
            }.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    public TableWriterOptions TableOptions(ParseResult parse) => new()
    {
        Header = !parse.GetValue(NoHeader),
        Sanitize = !parse.GetValue(NoSanitize),
        Excel = parse.GetValue(Excel),
        Format = parse.GetValue(Format),
    };

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
                : parse.GetValue(InputFormat) == Input.Records.InputFormat.Jsonl ? ["**/*.jsonl"] : new WalkOptions().Include,
            Exclude = parse.GetValue(Exclude) ?? [],
            FollowLinks = parse.GetValue(FollowLinks),
        };
    }
}
