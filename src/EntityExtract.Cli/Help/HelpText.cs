using System.CommandLine;
using System.CommandLine.Invocation;

namespace EntityExtract.Cli.Help;

/// <summary>What <c>-h</c> and <c>--help</c> do: print <see cref="HelpPage"/> for the command asked about.</summary>
internal sealed class HelpText : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        output.Write(HelpPage.For(parseResult.CommandResult.Command));
        output.Flush();
        return ExitCodes.Success;
    }
}
