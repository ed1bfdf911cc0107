namespace EntityExtract.Input.Records;

/// <summary>Limits that keep one hostile JSON Lines stream from taking over a run.</summary>
public static class RecordLimits
{
    /// <summary>
    /// The longest line read as a record. A line is held whole while it is parsed, so this bounds
    /// the memory one record can take; a longer line is reported as a problem and skipped without
    /// being buffered. A record's text longer than <see cref="InputLimits.PieceChars"/> is cut at
    /// paragraph ends into several pieces, as a large file is, so tagging memory stays bounded too.
    /// </summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    /// <summary>The block read from the stream at a time, and the line buffer's first size.</summary>
    internal const int BlockBytes = 64 * 1024;
}
