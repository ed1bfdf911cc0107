using System.Text.Json;

namespace EntityExtract.Output;

/// <summary>
/// JSON Lines: one object per row, keyed by the column names, with numbers as JSON numbers. No
/// formula guard: JSON is read by programs, which must see the text exactly.
/// </summary>
public sealed class JsonlTableWriter(Stream destination, IReadOnlyList<string> columns) : ITextTableWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly Utf8JsonWriter _writer = new(destination, new JsonWriterOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    });

    private readonly Stream _destination = destination;
    private int _column = -1;

    /// <summary>JSON Lines has no header row: every object names its fields.</summary>
    public void Header()
    {
    }

    public void Text(ReadOnlySpan<char> value) => _writer.WriteString(NextName(), value);

    public void Number(long value) => _writer.WriteNumber(NextName(), value);

    public void Score(float value) => _writer.WriteNumber(NextName(), ScoreText.Round(value));

    public void EndRow()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        _writer.Reset();
        _destination.Write(NewLine);
        _column = -1;
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    private string NextName()
    {
        if (_column < 0)
        {
            _writer.WriteStartObject();
        }

        return columns[++_column];
    }
}
