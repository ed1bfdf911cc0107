using System.Text;
using EntityExtract.Input;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input;

/// <summary>
/// Bytes no decoder expected, at any offset (before, across and after the boundary of the first
/// block that decides the encoding), and files that change while read: never an exception, always
/// the file's rows and one warning or problem.
/// </summary>
public sealed class PieceReaderFaultTests
{
    [Theory]
    [InlineData(-3)]
    [InlineData(-2)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4099)]
    [InlineData(InputLimits.PieceBytes + 17)]
    public void Invalid_utf8_after_the_first_block_is_replaced_with_one_warning(int afterBoundary)
    {
        var bytes = Utf8Text(3 * InputLimits.PieceBytes);
        var at = InputLimits.PieceBytes + afterBoundary;
        bytes[at] = 0xFF;

        foreach (var stream in new Stream[] { new MemoryStream(bytes), new PipeLike(bytes) })
        {
            var pieces = ReadAll(stream);

            // The whole-buffer replacing decoder is the slow twin: same text, however the pieces fell.
            Assert.Equal(new UTF8Encoding(false, false).GetString(bytes), string.Concat(pieces.Select(c => c.Text)));
            var warning = Assert.Single(pieces, c => c.Warning is not null).Warning;
            Assert.StartsWith("invalid Utf8 data after byte ", warning);
        }
    }

    [Fact]
    public void A_multi_byte_character_cut_by_the_block_boundary_then_broken_is_replaced()
    {
        var bytes = Utf8Text(2 * InputLimits.PieceBytes);
        var at = InputLimits.PieceBytes - 1;
        bytes[at] = 0xE2; // starts a three-byte sequence in the first block ...
        bytes[at + 1] = 0x82;
        bytes[at + 2] = (byte)'x'; // ... that the second block breaks

        var text = string.Concat(ReadAll(new PipeLike(bytes)).Select(c => c.Text));

        Assert.Contains("\uFFFDx", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf16_after_the_first_block_is_replaced()
    {
        var body = Encoding.Unicode.GetBytes(new string('a', 2 * InputLimits.PieceBytes));
        body[InputLimits.PieceBytes + 10] = 0x00; // a lone low surrogate, U+DC00
        body[InputLimits.PieceBytes + 11] = 0xDC;
        var bytes = Encoding.Unicode.GetPreamble().Concat(body).ToArray();

        var pieces = ReadAll(new PipeLike(bytes));

        Assert.Contains('\uFFFD', string.Concat(pieces.Select(c => c.Text)));
        Assert.Single(pieces, c => c.Warning is not null);
    }

    [Fact]
    public void Random_bytes_after_the_first_block_never_throw()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var round = 0; round < 20; round++)
        {
            var bytes = Utf8Text(InputLimits.PieceBytes + 4096);
            var tail = new byte[random.Next(1, 70_000)];
            random.NextBytes(tail);
            tail.AsSpan().Replace((byte)0, (byte)1);
            var outcomes = PieceReader.Read(InputFile.Stdin, new PipeLike([.. bytes, .. tail])).ToList();
            Assert.True(outcomes.All(o => o.Problem is null), $"seed {seed}");
        }
    }

    [Fact]
    public void A_file_that_shrinks_while_read_keeps_its_rows_and_is_a_problem()
    {
        using var folder = new TempFolder();
        var path = folder.File("big.txt", Utf8Text(3 * InputLimits.PieceBytes));
        var file = new InputFile("big.txt", path);

        var outcomes = new List<PieceOutcome>();
        foreach (var outcome in PieceReader.Read(file))
        {
            outcomes.Add(outcome);
            if (outcomes.Count == 1)
            {
                using var truncate = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                truncate.SetLength(InputLimits.PieceBytes + 100);
            }
        }

        Assert.All(outcomes, o => Assert.NotNull(o.Piece));
        var last = outcomes[^1];
        Assert.True(last.Piece!.IsLast);
        Assert.Matches($@"^shrank while being read \(\d+ of {3 * InputLimits.PieceBytes} bytes read\); rows for the rest are missing$", last.Problem?.Reason);
    }

    [Fact]
    public void A_small_file_that_shrinks_between_open_and_read_is_a_problem()
    {
        var outcome = Assert.Single(PieceReader.Read(InputFile.Stdin, new ShorterThanItSays("Kerry met Putin."u8.ToArray(), claimed: 100)));

        Assert.Equal("Kerry met Putin.", outcome.Piece?.Text);
        Assert.Equal("shrank while being read (16 of 100 bytes read); rows for the rest are missing", outcome.Problem?.Reason);
    }

    private static List<TextPiece> ReadAll(Stream stream)
    {
        var outcomes = PieceReader.Read(InputFile.Stdin, stream).ToList();
        Assert.All(outcomes, o => Assert.Null(o.Problem));
        return outcomes.Select(o => o.Piece!).ToList();
    }

    /// <summary>Paragraphs of mostly ASCII text with some two-byte characters, cut to exactly <paramref name="length"/> bytes.</summary>
    private static byte[] Utf8Text(int length)
    {
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            builder.Append("Angela Merkel met the mayor of Zürich.\n\n");
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        var end = length;
        while ((bytes[end] & 0xC0) == 0x80)
        {
            end--; // do not end inside a character
        }

        var cut = bytes[..end];
        Array.Resize(ref cut, length);
        cut.AsSpan(end).Fill((byte)'.');
        return cut;
    }

    /// <summary>A stream that cannot seek and hands out at most 1000 bytes a read, as a pipe does.</summary>
    private sealed class PipeLike(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1000)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1000));
    }

    /// <summary>A file whose length, taken when it was opened, is more than it still holds.</summary>
    private sealed class ShorterThanItSays(byte[] bytes, long claimed) : MemoryStream(bytes)
    {
        public override long Length => claimed;
    }
}
