namespace EntityExtract.Output;

/// <summary>How rows are encoded, independent of what the rows are.</summary>
public sealed record TableWriterOptions
{
    /// <summary>Prefix text cells that a spreadsheet would run as a formula with <c>'</c>.</summary>
    public bool Sanitize { get; init; } = true;

    /// <summary>UTF-8 BOM and CRLF line ends, so Excel opens the file as UTF-8.</summary>
    public bool Excel { get; init; }

    public bool Header { get; init; } = true;

    public OutputFormat Format { get; init; } = OutputFormat.Csv;
}
