namespace EntityExtract.Output;

/// <summary>Opens a table in an output format, and writes what precedes its rows.</summary>
public static class TableWriters
{
    /// <summary>
    /// Opens a table and writes what comes before its first row, for a run or a merge alike: the
    /// UTF-8 BOM for <c>--excel</c> (only in CSV and TSV: it would break a JSON line, and a
    /// workbook is not text) and the header.
    /// </summary>
    /// <param name="destination">Where the table goes; left open.</param>
    /// <param name="kind">
    /// What the table holds, as the user knows it (<c>mentions</c>, <c>tokens</c>, or the
    /// <c>--group</c> mode: <c>file</c>, <c>corpus</c>, <c>pairs</c>); a workbook names its sheet after it.
    /// </param>
    public static ITableSink Open(Stream destination, string kind, IReadOnlyList<string> columns, TableWriterOptions options) => options.Format switch
    {
        OutputFormat.Xlsx => new XlsxWorkbook(destination, kind, columns, options.Header),
        _ => new TextTableSink(destination, columns, options),
    };

    /// <summary>A writer of a text format straight into <paramref name="destination"/>, without BOM or header.</summary>
    internal static ITextTableWriter CreateText(Stream destination, IReadOnlyList<string> columns, TableWriterOptions options) => options.Format switch
    {
        OutputFormat.Tsv => new TsvTableWriter(destination, columns, options),
        OutputFormat.Jsonl => new JsonlTableWriter(destination, columns),
        OutputFormat.Csv => new CsvTableWriter(destination, columns, options),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "not a text format"),
    };
}
