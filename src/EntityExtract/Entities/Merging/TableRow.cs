namespace EntityExtract.Entities.Merging;

/// <summary>One data row of a table being merged: its cells in column order, and the line it began on.</summary>
public readonly record struct TableRow(long Line, IReadOnlyList<string> Cells)
{
    /// <summary>Why the row could not be read (a line that is not JSON, or too long); it alone is skipped.</summary>
    public string? Problem { get; init; }

    public static TableRow Bad(long line, string problem) => new(line, []) { Problem = problem };
}
