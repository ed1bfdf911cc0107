using System.Text;
using System.Text.Json;

namespace EntityExtract.Input.Records;

/// <summary>
/// Reads one JSON Lines record with <see cref="Utf8JsonReader"/> straight from the line's bytes:
/// the id (a string, or a number kept exactly as written) and the text; other members are skipped
/// unread. A line that is not one JSON object with both fields gives a reason instead.
/// </summary>
internal sealed class RecordParser(JsonlOptions options)
{
    private readonly byte[] _idField = Encoding.UTF8.GetBytes(options.IdField);
    private readonly byte[] _textField = Encoding.UTF8.GetBytes(options.TextField);

    public (string? Id, string? Text, string? Error) Parse(ReadOnlySpan<byte> line)
    {
        try
        {
            return ParseObject(line);
        }
        catch (JsonException e)
        {
            return (null, null, $"not valid JSON ({Reason(e)})");
        }
        catch (InvalidOperationException e)
        {
            // GetString on a string that is not valid UTF-8
            return (null, null, $"not valid JSON ({e.Message})");
        }
    }

    private (string? Id, string? Text, string? Error) ParseObject(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return (null, null, "not a JSON object");
        }

        string? id = null, text = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals(_idField);
            var isText = !isId && reader.ValueTextEquals(_textField);
            reader.Read();
            if (isId)
            {
                id = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                if (id is null)
                {
                    return (null, null, $"\"{options.IdField}\" must be a string or a number");
                }
            }
            else if (isText)
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    return (null, null, $"\"{options.TextField}\" must be a string");
                }

                text = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        while (reader.Read())
        {
            // reading on makes the reader refuse anything after the object
        }

        return id is null ? (null, null, $"no \"{options.IdField}\" field")
            : text is null ? (null, null, $"no \"{options.TextField}\" field")
            : (id, text, null);
    }

    /// <summary>The reader's message without its "LineNumber: 0 | BytePositionInLine: N." tail, plus the byte.</summary>
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var head = (tail >= 0 ? message[..tail] : message).TrimEnd('.', ' ');
        return e.BytePositionInLine is { } at ? $"{head} at byte {at}" : head;
    }
}
