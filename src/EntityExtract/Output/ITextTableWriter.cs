namespace EntityExtract.Output;

/// <summary>A writer of one text format (CSV, TSV, JSON Lines), which also knows how its header row is written.</summary>
internal interface ITextTableWriter : ITableWriter
{
    void Header();
}
