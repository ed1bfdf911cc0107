using EntityExtract.Entities.Tables;

namespace EntityExtract.Entities.Merging;

/// <summary>Maps between a table's columns and its <see cref="TableKind"/>.</summary>
public static class TableKinds
{
    public static IReadOnlyList<string> ColumnsOf(TableKind kind) =>
        kind == TableKind.File ? FileTable.FileColumns : CorpusTable.CorpusColumns;

    /// <summary>The kind whose columns are exactly <paramref name="columns"/>, in order; null for any other header.</summary>
    public static TableKind? Detect(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var kind in Enum.GetValues<TableKind>())
        {
            if (columns.SequenceEqual(ColumnsOf(kind), StringComparer.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}
