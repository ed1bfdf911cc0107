namespace EntityExtract.Output;

/// <summary>Creates the writer for an output format.</summary>
public static class TableWriters
{
    public static ITableWriter Create(Stream destination, IReadOnlyList<string> columns, TableWriterOptions options) => options.Format switch
    {
        OutputFormat.Tsv => new TsvTableWriter(destination, columns, options),
        OutputFormat.Jsonl => new JsonlTableWriter(destination, columns),
        OutputFormat.Xlsx => new XlsxTableWriter(destination, columns),
        _ => new CsvTableWriter(destination, columns, options),
    };
}
