namespace EntityExtract.Entities.Merging;

/// <summary>One data row of a table being merged: its cells in column order, and the line it began on.</summary>
public readonly record struct TableRow(long Line, IReadOnlyList<string> Cells);
