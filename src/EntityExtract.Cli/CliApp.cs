using System.CommandLine;
using System.CommandLine.Help;
using EntityExtract.Cli.Commands;
using EntityExtract.Cli.Help;
using EntityExtract.Cli.Terminal;
using EntityExtract.Cli.Usage;

namespace EntityExtract.Cli;

/// <summary>Builds the command tree and maps every way a run can end to a documented exit code.</summary>
internal static class CliApp
{
    /// <summary>
    /// <c>extract</c> is the default command. Inserting its name, rather than giving the root
    /// command extract's arguments, keeps every other command's help free of a stray PATH.
    /// </summary>
    internal static string[] WithDefaultCommand(RootCommand root, string[] args)
    {
        if (args.Length > 0 && (root.Subcommands.Any(c => c.Name == args[0]) || args[0] is "-h" or "--help" or "-?" or "/?" or "--version"))
        {
            return args;
        }

        return ["extract", .. args];
    }

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand(
            "entity-extract finds the people, places and organizations in text files and writes " +
            "them as a table: CSV, TSV, JSON Lines or an Excel workbook. With no command it runs " +
            "'extract': 'entity-extract docs/' is 'entity-extract extract docs/'.");
        root.Add(ExtractCommand.Create());
        root.Add(TokenizeCommand.Create());
        root.Add(TextCommand.Create());
        root.Add(MergeCommand.Create());
        root.Add(ReportCommand.Create());
        root.Add(TrainCommand.Create());
        root.Add(EvalCommand.Create());
        root.Add(ClustersCommand.Create());
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpText();
        }

        return root;
    }

    public static int Run(string[] args)
    {
        var code = RunCommand(args);

        // A diagnostic that could not be written is still a failure, though no line can say so.
        return code == ExitCodes.Success && Stderr.Failed ? ExitCodes.SomeFilesFailed : code;
    }

    /// <summary>
    /// Response files are off: with them, a file named <c>@opts</c> among the inputs (as
    /// <c>entity-extract *</c> can pass) would be read as options.
    /// </summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    private static int RunCommand(string[] args)
    {
        var root = CreateRoot();
        if (args.Length > 0 && !root.Subcommands.Any(c => c.Name == args[0])
            && ParseErrors.UnknownCommand(args[0], root.Subcommands.Select(c => c.Name)) is { } unknownCommand)
        {
            Stderr.Line(unknownCommand);
            return ExitCodes.Usage;
        }

        var parse = root.Parse(WithDefaultCommand(root, args), Parsing);

        // --help wins over everything else wrong on the line, as in every CLI.
        var errors = parse.Action is HelpText ? [] : ParseErrors.Describe(parse, args);
        if (errors.Count > 0)
        {
            // System.CommandLine would exit 1 here; usage errors are 2 by our contract.
            foreach (var error in errors)
            {
                Stderr.Line(error);
            }

            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (UsageException e)
        {
            Stderr.Line(e.Message);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (Interrupts.Process.Token.IsCancellationRequested)
        {
            Interrupts.Process.Announce();
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            // Last resort: a defect still gets one line, not a stack trace.
            Stderr.Line($"internal error, please report it: {e.Message}");
            return ExitCodes.SomeFilesFailed;
        }
    }
}
