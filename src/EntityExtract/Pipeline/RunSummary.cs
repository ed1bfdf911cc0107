namespace EntityExtract.Pipeline;

/// <summary>Totals of a finished (or interrupted) run, for the summary line.</summary>
public sealed record RunSummary(int Files, int FilesFailed, long Bytes, long Tokens, long Rows, TimeSpan Elapsed)
{
    /// <summary>Files left untagged because they are not in English (<see cref="Input.TextPiece.OtherLanguage"/>).</summary>
    public int FilesOtherLanguage { get; init; }
}
