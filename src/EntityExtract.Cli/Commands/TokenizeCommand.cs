using System.CommandLine;
using EntityExtract.Pipeline;

namespace EntityExtract.Cli.Commands;

/// <summary><c>entity-extract tokenize PATH...</c>: one row per token.</summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var options = new RunOptions();
        var command = new Command("tokenize", "Write one CSV row per token: file,sentence,start,end,text.");
        options.AddTo(command);
        command.SetAction(parse => RunExecutor.Execute(parse, options, options.Settings(parse), RunPlan.Tokenize()));
        return command;
    }
}
