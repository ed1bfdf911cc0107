namespace EntityExtract.Entities.Merging;

/// <summary>A table being read: its header, then its rows one at a time.</summary>
public interface ITableRows : IDisposable
{
    /// <summary>The column names; empty for a JSON Lines table with no rows.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The data rows; throws <see cref="TableFormatException"/> where the table breaks off.</summary>
    IEnumerable<TableRow> Rows();
}
