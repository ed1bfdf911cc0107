using System.CommandLine;
using EntityExtract.Extraction;

namespace EntityExtract.Cli.Commands;

/// <summary><c>entity-extract tokenize PATH...</c>: one row per token.</summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var options = new RunOptions();
        var command = new Command("tokenize", "Write one CSV row per token: file,sentence,start,end,text.");
        options.AddTo(command);
        command.SetAction(parse =>
            RunExecutor.Execute(parse, options, TokenRowsJob.Columns, () => new TokenRowsJob(), Threads(parse, options), numberSentences: true));
        return command;
    }

    internal static int Threads(ParseResult parse, RunOptions options)
    {
        var threads = parse.GetValue(options.Threads);
        return threads >= 1 ? threads : throw new UsageException($"--threads must be at least 1 (got {threads})");
    }
}
