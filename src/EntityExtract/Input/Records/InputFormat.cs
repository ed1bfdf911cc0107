namespace EntityExtract.Input.Records;

/// <summary><c>--input-format</c>: what one input file holds.</summary>
public enum InputFormat
{
    /// <summary>A file is one document.</summary>
    Text,

    /// <summary>JSON Lines: one document per line, <c>{"id": ..., "text": ...}</c>.</summary>
    Jsonl,
}
