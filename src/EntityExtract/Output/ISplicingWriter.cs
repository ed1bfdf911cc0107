namespace EntityExtract.Output;

/// <summary>The writer of an <see cref="IRowSpool"/>'s rows: a row may leave a gap for cells written at the end.</summary>
public interface ISplicingWriter : ITableWriter
{
    /// <summary>
    /// Leaves the row's gap where the next cell would go: the spool's gap width of cells, filled at
    /// replay with what <paramref name="kind"/> (not negative) and <paramref name="key"/> name.
    /// </summary>
    void Splice(int kind, ReadOnlySpan<char> key);
}
