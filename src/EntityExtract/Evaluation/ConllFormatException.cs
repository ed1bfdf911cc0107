namespace EntityExtract.Evaluation;

/// <summary>A CoNLL file that cannot be read: the message names the file and the 1-based line.</summary>
public sealed class ConllFormatException : Exception
{
    public ConllFormatException(string path, int lineNumber, string reason)
        : base($"{path}:{lineNumber}: {reason}")
    {
        FilePath = path;
        LineNumber = lineNumber;
        Reason = reason;
    }

    public string FilePath { get; }

    /// <summary>1-based line number of the offending line.</summary>
    public int LineNumber { get; }

    public string Reason { get; }
}
