namespace EntityExtract.Extraction;

/// <summary>What one document contributed to the run's totals.</summary>
public readonly record struct DocumentStats(long Tokens, long Rows);
