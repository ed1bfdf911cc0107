using EntityExtract.Input;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// Keeps a command from writing over what it reads: an output that is one of the inputs (the same
/// file by device and inode, through links and hard links too) is a usage error before anything
/// is opened, so <c>-o in/notes.txt</c> cannot replace the document it reads.
/// </summary>
internal static class OutputOverlap
{
    /// <summary>The file an output path names, when it is an existing regular file (not stdout, a device or a FIFO).</summary>
    public static FileIdentity? Of(string? output) =>
        output is null or "" or "-" ? null : FileIdentity.Of(output);

    /// <summary>Throws a usage error when <paramref name="input"/> (a path, or <c>-</c> for stdin) is the output file.</summary>
    public static void Refuse(string option, string? output, FileIdentity? outputFile, string input, string? shown = null)
    {
        if (outputFile is not { } target)
        {
            return;
        }

        var inputFile = input == InputFile.StdinPath ? FileIdentity.OfStandardInput() : FileIdentity.Of(input);
        if (inputFile == target)
        {
            throw new UsageException(input == InputFile.StdinPath
                ? $"{output}: {option} names the file standard input reads; nothing was written"
                : $"{output}: {option} names the input {shown ?? input}; nothing was written");
        }
    }

    /// <summary>Throws a usage error when any of <paramref name="inputs"/> is the output file.</summary>
    public static void Refuse(string option, string? output, IEnumerable<string> inputs)
    {
        var target = Of(output);
        if (target is null)
        {
            return;
        }

        foreach (var input in inputs)
        {
            Refuse(option, output, target, input);
        }
    }
}
