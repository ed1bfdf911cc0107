using System.Text;
using EntityExtract.Input.Records;

namespace EntityExtract.Entities.Merging;

/// <summary>Reads back a TSV table: one row a line, cells split on tabs, <c>\t \n \r \\</c> unescaped.</summary>
internal sealed class TsvTableRows : ITableRows
{
    private readonly LineReader _lines;

    public TsvTableRows(Stream source)
    {
        _lines = new LineReader(source, RecordLimits.MaxLineBytes);
        var header = NextCells(out var line);
        Columns = header switch
        {
            null => [],
            [] => throw new TableFormatException(line, "header line too long"),
            _ => [TableReaders.WithoutBom(header[0]), .. header[1..]],
        };
    }

    public IReadOnlyList<string> Columns { get; }

    public IEnumerable<TableRow> Rows()
    {
        while (NextCells(out var line) is { } cells)
        {
            // A line too long costs only itself.
            yield return cells.Length == 0 ? TableRow.Bad(line, $"line longer than {RecordLimits.MaxLineBytes / (1024 * 1024)} MiB") : new TableRow(line, cells);
        }
    }

    /// <summary>The next line's cells; none for a line over the limit.</summary>
    private string[]? NextCells(out long line)
    {
        while (_lines.Next(out var bytes, out var tooLong))
        {
            line = _lines.LineNumber;
            if (tooLong)
            {
                return [];
            }

            if (!bytes.IsEmpty)
            {
                return Encoding.UTF8.GetString(bytes).Split('\t').Select(Unescape).ToArray();
            }
        }

        line = _lines.LineNumber;
        return null;
    }

    private static string Unescape(string cell)
    {
        if (!cell.Contains('\\'))
        {
            return cell;
        }

        var builder = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '\\' && i + 1 < cell.Length)
            {
                c = cell[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other };
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public void Dispose() => _lines.Dispose();
}
