using System.CommandLine;
using System.Text;
using EntityExtract.Cli.Terminal;
using EntityExtract.Input;
using EntityExtract.Input.Documents;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// <c>entity-extract text FILE</c>: prints the text that <c>extract</c> tags in FILE, so every
/// <c>line</c>, <c>column</c>, <c>start</c> and <c>end</c> of its rows can be checked against it:
/// a PDF's, Word document's or web page's text as extracted, a plain file's as decoded.
/// </summary>
internal static class TextCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("FILE") { Description = "The file to read; '-' is stdin." };
        var command = new Command("text", "Print the text read from FILE, in which rows' positions count.");
        command.Add(path);
        command.SetAction(parse => Print(parse.GetValue(path)!));
        return command;
    }

    private static int Print(string path)
    {
        var file = path == InputFile.StdinPath ? InputFile.Stdin : new InputFile(path, Path.GetFullPath(path)) { IsExplicit = true };
        var interrupts = Interrupts.Process;
        using var target = OutputTarget.Open(null);
        using var stdin = file.IsStdin ? Console.OpenStandardInput() : null;
        var failed = false;
        try
        {
            foreach (var outcome in new DocumentFileSource { AllLanguages = true }.Read(file, stdin, interrupts.Token))
            {
                if (outcome.Piece is { } piece)
                {
                    if (piece.Warning is not null)
                    {
                        Stderr.ForPath(file.DisplayPath, $"warning: {piece.Warning}");
                    }

                    target.Stream.Write(Encoding.UTF8.GetBytes(piece.Text));
                }

                if (outcome.Problem is { } problem)
                {
                    Stderr.ForPath(problem.DisplayPath, problem.Reason);
                    failed = true;
                }
            }

            target.Stream.Flush();
            target.Commit();
        }
        catch (IOException e)
        {
            return target.Failed(e);
        }

        return failed ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
    }
}
