namespace EntityExtract.Entities.Merging;

/// <summary>A table that cannot be read on from <see cref="Line"/> (broken quoting, a line that is not JSON).</summary>
public sealed class TableFormatException(long line, string message) : Exception(message)
{
    public long Line { get; } = line;
}
