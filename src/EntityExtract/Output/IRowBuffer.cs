namespace EntityExtract.Output;

/// <summary>A worker thread's writer: rows are kept in memory, in the sink's form, until taken.</summary>
public interface IRowBuffer : ITableWriter
{
    /// <summary>The rows written since the last take, detached from the buffer, which starts empty again.</summary>
    RowBlock Take();
}
