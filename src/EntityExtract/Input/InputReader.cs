using System.Buffers;

namespace EntityExtract.Input;

/// <summary>
/// Reads and decodes one input file or standard input whole, for callers that want the text as
/// one string. The extraction pipeline streams instead (<see cref="PieceReader"/>), which shares
/// this class's opening, decoding and error wording.
/// </summary>
public static class InputReader
{
    /// <summary>
    /// Reads <paramref name="file"/> whole and decodes it. I/O failures, binary files and files over <see cref="InputLimits.MaxFileBytes"/> come back as a problem;
    /// nothing is thrown for them.
    /// </summary>
    /// <param name="file">The file to read.</param>
    /// <param name="stdin">The stream to read when <paramref name="file"/> is stdin. It is
    /// not disposed. When null, the process's standard input is opened, which is what the
    /// command line wants; tests pass their own stream.</param>
    public static ReadOutcome Read(InputFile file, Stream? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            return file.IsStdin ? ReadStdin(file, stdin) : ReadFile(file);
        }
        catch (Exception e) when (ProblemReasons.IsInputFailure(e))
        {
            return ReadOutcome.Failure(new InputProblem(file.DisplayPath, ReasonFor(file, e)));
        }
    }

    private static ReadOutcome ReadFile(InputFile file)
    {
        using var stream = Open(file);
        return ReadStream(file, stream);
    }

    internal static FileStream Open(InputFile file) => new(
        file.FullPath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
        bufferSize: 1, FileOptions.SequentialScan);

    private static ReadOutcome ReadStdin(InputFile file, Stream? stdin)
    {
        if (stdin is not null)
        {
            return ReadStream(file, stdin);
        }

        using var own = Console.OpenStandardInput();
        return ReadStream(file, own);
    }

    private static ReadOutcome ReadStream(InputFile file, Stream stream)
    {
        byte[]? buffer = null;
        try
        {
            var length = BoundedRead.ReadAll(stream, InputLimits.MaxFileBytes, ref buffer);
            if (length < 0)
            {
                return ReadOutcome.Failure(new InputProblem(file.DisplayPath, ProblemReasons.TooLarge));
            }

            return DecodeWhole(file, buffer.AsSpan(0, length));
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// Decodes a whole file's bytes, or refuses a binary one. A file named on the command line is
    /// refused too: tagging a PDF's bytes as text gives rows of nonsense, never what was meant.
    /// </summary>
    internal static ReadOutcome DecodeWhole(InputFile file, ReadOnlySpan<byte> bytes)
    {
        if (TextDecoder.BinaryKind(bytes) is { } kind)
        {
            return ReadOutcome.Failure(new InputProblem(file.DisplayPath, ProblemReasons.BinaryFile(kind)));
        }

        return ReadOutcome.Success(TextDecoder.Decode(bytes));
    }

    internal static string ReasonFor(InputFile file, Exception e)
    {
        // A link whose target is gone opens as "file not found"; say what actually happened.
        if (e is FileNotFoundException && file.FullPath is { } path && IsLink(path))
        {
            return ProblemReasons.BrokenLink;
        }

        return ProblemReasons.From(e);
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (ProblemReasons.IsInputFailure(e))
        {
            return false;
        }
    }
}
