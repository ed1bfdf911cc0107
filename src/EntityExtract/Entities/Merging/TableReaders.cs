using EntityExtract.Input;
using EntityExtract.Output;

namespace EntityExtract.Entities.Merging;

/// <summary>Opens a table written in one of the output formats, for reading back.</summary>
public static class TableReaders
{
    /// <summary>
    /// Opens <paramref name="source"/> as a table. A CSV or TSV table always has a header, so an
    /// empty one (a shard whose run was cut short before its first byte) is a
    /// <see cref="TableFormatException"/>, as is a file that starts like a workbook or other binary
    /// format, whose bytes would only garble the message about its header.
    /// </summary>
    public static ITableRows Open(Stream source, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (BinaryKind(source) is { } binary)
        {
            throw new TableFormatException(1, $"a binary file ({binary}), not a {Name(format)} table");
        }

        ITableRows rows = format switch
        {
            OutputFormat.Tsv => new TsvTableRows(source),
            OutputFormat.Jsonl => new JsonlTableRows(source),
            _ => new CsvTableRows(source),
        };

        // A JSON Lines table has no header: an entity table with no rows is written as no bytes.
        if (rows.Columns.Count == 0 && format != OutputFormat.Jsonl)
        {
            rows.Dispose();
            throw new TableFormatException(1, $"the file is empty, but a {Name(format)} table always has a header: was the run that wrote it cut short?");
        }

        return rows;
    }

    /// <summary>Tables written with <c>--excel</c> start with a byte order mark; it is not part of the first name.</summary>
    internal static string WithoutBom(string cell) => cell.StartsWith('\uFEFF') ? cell[1..] : cell;

    /// <summary>The binary format a seekable file starts with (or "binary" for a NUL byte early on), or null; the position is kept.</summary>
    private static string? BinaryKind(Stream source)
    {
        if (!source.CanSeek)
        {
            return null;
        }

        var start = source.Position;
        var probe = new byte[InputLimits.BinaryProbeBytes];
        var length = source.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        source.Position = start;
        var bytes = probe.AsSpan(0, length);
        return BinarySignature.Of(bytes) ?? (bytes.IndexOf((byte)0) >= 0 ? "NUL bytes" : null);
    }

    private static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Tsv => "TSV",
        OutputFormat.Jsonl => "JSON Lines",
        _ => "CSV",
    };
}
