namespace EntityExtract.Output;

/// <summary>Rows a worker wrote for an <see cref="IRowSpool"/>, as the bytes that spool keeps on disk.</summary>
internal sealed class SpooledBytes(byte[] bytes) : RowBlock
{
    public byte[] Bytes { get; } = bytes;
}
