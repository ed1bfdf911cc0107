using EntityExtract.Output;

namespace EntityExtract.Entities.Merging;

/// <summary>Opens a table written in one of the output formats, for reading back.</summary>
public static class TableReaders
{
    public static ITableRows Open(Stream source, OutputFormat format) => format switch
    {
        OutputFormat.Tsv => new TsvTableRows(source),
        OutputFormat.Jsonl => new JsonlTableRows(source),
        _ => new CsvTableRows(source),
    };

    /// <summary>Tables written with <c>--excel</c> start with a byte order mark; it is not part of the first name.</summary>
    internal static string WithoutBom(string cell) => cell.StartsWith('\uFEFF') ? cell[1..] : cell;
}
