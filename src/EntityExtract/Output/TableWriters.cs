namespace EntityExtract.Output;

/// <summary>Creates the writer for an output format, and writes what precedes its rows.</summary>
public static class TableWriters
{
    public static ITableWriter Create(Stream destination, IReadOnlyList<string> columns, TableWriterOptions options) => options.Format switch
    {
        OutputFormat.Tsv => new TsvTableWriter(destination, columns, options),
        OutputFormat.Jsonl => new JsonlTableWriter(destination, columns),
        _ => new CsvTableWriter(destination, columns, options),
    };

    /// <summary>
    /// What comes before the first row of every table, from a run or a merge alike: the UTF-8 BOM
    /// for <c>--excel</c> (not in JSON Lines, where it would break the first line) and the header.
    /// </summary>
    public static void WriteHead(Stream destination, IReadOnlyList<string> columns, TableWriterOptions options)
    {
        if (options.Excel && options.Format != OutputFormat.Jsonl)
        {
            destination.Write("\uFEFF"u8);
        }

        if (options.Header)
        {
            using var writer = Create(destination, columns, options);
            writer.Header();
        }
    }
}
