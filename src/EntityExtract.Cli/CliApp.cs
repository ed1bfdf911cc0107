using System.CommandLine;
using EntityExtract.Cli.Commands;
using EntityExtract.Cli.Console;

namespace EntityExtract.Cli;

/// <summary>Builds the command tree and maps every way a run can end to a documented exit code.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand(
            "Find the people, places and organizations in text files and write them as CSV. " +
            "With no command, runs 'extract'.");
        ExtractCommand.Configure(root);
        root.Add(ExtractCommand.Create());
        root.Add(TokenizeCommand.Create());
        root.Add(TrainCommand.Create());
        root.Add(EvalCommand.Create());
        root.Add(ClustersCommand.Create());
        return root;
    }

    public static int Run(string[] args)
    {
        var parse = CreateRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine would exit 1 here; usage errors are 2 by our contract.
            foreach (var error in parse.Errors)
            {
                Stderr.Line(error.Message);
            }

            Stderr.Line("try 'entity-extract --help'");
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
        catch (Exception e)
        {
            // Last resort: a defect still gets one line, not a stack trace.
            Stderr.Line($"internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.SomeFilesFailed;
        }
    }
}
