namespace EntityExtract.Output;

/// <summary>Creates the writer for an output format, and writes what precedes its rows.</summary>
public static class TableWriters
{
    public static ITableWriter Create(Stream destination, IReadOnlyList<string> columns, TableWriterOptions options) => options.Format switch
    {
        OutputFormat.Tsv => new TsvTableWriter(destination, columns, options),
        OutputFormat.Jsonl => new JsonlTableWriter(destination, columns),
        OutputFormat.Xlsx => new XlsxTableWriter(destination, columns),
        _ => new CsvTableWriter(destination, columns, options),
    };

    /// <summary>
    /// What comes before the first row of every table, from a run or a merge alike: the UTF-8 BOM
    /// for <c>--excel</c> (only in CSV and TSV: it would break a JSON line, and a workbook is not
    /// text) and the header.
    /// </summary>
    public static void WriteHead(Stream destination, IReadOnlyList<string> columns, TableWriterOptions options)
    {
        if (options.Excel && options.Format is OutputFormat.Csv or OutputFormat.Tsv)
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
