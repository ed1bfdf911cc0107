namespace EntityExtract.Input;

/// <summary>
/// What every way of reading an input file shares: decoding a small file whole (or refusing a
/// binary one) and the wording of a failure to read.
/// </summary>
internal static class InputReader
{
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
