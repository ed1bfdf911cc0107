namespace EntityExtract.Output;

/// <summary>
/// Writes rows cell by cell in one output format. The jobs that make rows (tokens, mentions,
/// entity tables) know their columns and values; the writer alone knows how they are encoded.
/// A table's kind, columns and header are given when it is opened (<see cref="TableWriters.Open"/>).
/// </summary>
public interface ITableWriter : IDisposable
{
    void Text(ReadOnlySpan<char> value);

    void Number(long value);

    /// <summary>A probability in [0, 1], rounded to two decimals (see <see cref="ScoreText"/>).</summary>
    void Score(float value);

    void EndRow();

    void Flush();
}
