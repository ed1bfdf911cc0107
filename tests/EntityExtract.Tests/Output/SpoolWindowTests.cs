using System.Buffers.Binary;
using EntityExtract.Output;

namespace EntityExtract.Tests.Output;

/// <summary>The spool reader gives back records longer than its buffer and across buffer ends, and says when a spool is cut short.</summary>
public sealed class SpoolWindowTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(65_530)] // a record that straddles the first buffer's end
    [InlineData(200_000)] // a record longer than the buffer
    public void Records_of_any_length_come_back_whole(int length)
    {
        var records = new[] { Bytes(length, 1), Bytes(3, 2), Bytes(length, 3) };
        var window = new SpoolWindow(new MemoryStream(Spool(records)));

        foreach (var record in records)
        {
            Assert.True(window.TryInt(out var n));
            Assert.Equal(record, window.Take(n).ToArray());
        }

        Assert.False(window.TryInt(out _));
    }

    [Fact]
    public void A_spool_cut_inside_a_record_is_an_error()
    {
        var spool = Spool([Bytes(100, 7)]);
        var window = new SpoolWindow(new MemoryStream(spool[..50]));

        Assert.True(window.TryInt(out var n));
        Assert.Throws<InvalidDataException>(() => window.Take(n).ToArray());
    }

    private static byte[] Bytes(int length, byte seed) => Enumerable.Range(0, length).Select(i => (byte)(i * 31 + seed)).ToArray();

    private static byte[] Spool(byte[][] records)
    {
        var stream = new MemoryStream();
        Span<byte> size = stackalloc byte[4];
        foreach (var record in records)
        {
            BinaryPrimitives.WriteInt32LittleEndian(size, record.Length);
            stream.Write(size);
            stream.Write(record);
        }

        return stream.ToArray();
    }
}
