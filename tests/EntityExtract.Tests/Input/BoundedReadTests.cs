using System.Buffers;
using EntityExtract.Input;

namespace EntityExtract.Tests.Input;

public sealed class BoundedReadTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1000, true)]
    [InlineData(200_000, true)]
    [InlineData(200_001, false)]
    [InlineData(500_000, false)]
    public void Reads_up_to_the_limit_and_refuses_past_it(int size, bool fits)
    {
        var data = new byte[size];
        new Random(size).NextBytes(data);
        foreach (var stream in new Stream[] { new MemoryStream(data), new UnseekableStream(data) })
        {
            byte[]? buffer = null;
            try
            {
                var length = BoundedRead.ReadAll(stream, 200_000, ref buffer);

                Assert.Equal(fits ? size : -1, length);
                if (fits)
                {
                    Assert.True(data.AsSpan().SequenceEqual(buffer.AsSpan(0, length)));
                }
            }
            finally
            {
                if (buffer is not null)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
    }

    /// <summary>Like a pipe: no length, and short reads.</summary>
    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 777));
    }
}
