namespace EntityExtract.Output;

/// <summary>
/// Rows a worker wrote, taken from its <see cref="IRowBuffer"/> and waiting for their turn: encoded
/// bytes for a text format, cells for a workbook. Only the sink that made the buffer reads them.
/// </summary>
public abstract class RowBlock
{
    private protected RowBlock()
    {
    }
}
