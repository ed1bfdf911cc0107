using System.Text.Json;
using EntityExtract.Input.Records;

namespace EntityExtract.Entities.Merging;

/// <summary>
/// Reads back a JSON Lines table. It has no header: the first object's member names are the
/// columns, and every later object is read by those names.
/// </summary>
internal sealed class JsonlTableRows : ITableRows
{
    private readonly LineReader _lines;
    private TableRow? _first;

    public JsonlTableRows(Stream source)
    {
        _lines = new LineReader(source, RecordLimits.MaxLineBytes);
        var names = new List<string>();
        if (NextObject(names) is { } first)
        {
            _first = first;
        }

        Columns = names;
    }

    public IReadOnlyList<string> Columns { get; }

    public IEnumerable<TableRow> Rows()
    {
        if (_first is { } first)
        {
            _first = null;
            yield return first;
        }

        while (NextObject(null) is { } row)
        {
            yield return row;
        }
    }

    /// <summary>
    /// The next object's values in column order; fills <paramref name="names"/> from the first.
    /// A bad first line throws (there are no columns without it); a bad later line comes back as
    /// a row with a problem, so it costs only itself.
    /// </summary>
    private TableRow? NextObject(List<string>? names)
    {
        while (_lines.Next(out var bytes, out var tooLong))
        {
            var line = _lines.LineNumber;
            if (tooLong)
            {
                return Bad(line, $"line longer than {RecordLimits.MaxLineBytes / (1024 * 1024)} MiB", names);
            }

            // Like the CSV and TSV readers, a byte order mark before the first line is not data.
            if (line == 1 && bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            if (bytes.IsEmpty)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(bytes.ToArray());
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return Bad(line, "not a JSON object", names);
                }

                names?.AddRange(document.RootElement.EnumerateObject().Select(p => p.Name));
                return new TableRow(line, CellsInOrder(document.RootElement, names ?? Columns));
            }
            catch (JsonException e)
            {
                return Bad(line, $"not valid JSON ({e.Message})", names);
            }
        }

        return null;
    }

    private static TableRow Bad(long line, string problem, List<string>? names) =>
        names is null ? TableRow.Bad(line, problem) : throw new TableFormatException(line, problem);

    private static string[] CellsInOrder(JsonElement row, IReadOnlyList<string> columns) =>
        columns.Select(name => row.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
            : "").ToArray();

    public void Dispose() => _lines.Dispose();
}
