using System.Text;
using EntityExtract.Input;
using EntityExtract.Text.Positions;

namespace EntityExtract.Tests.Input;

public sealed class PieceReaderTests
{
    [Fact]
    public void A_small_file_is_one_piece()
    {
        var pieces = Read(Encoding.UTF8.GetBytes("Kerry met Putin."));

        var piece = Assert.Single(pieces);
        Assert.True(piece.IsLast);
        Assert.Equal("Kerry met Putin.", piece.Text);
        Assert.Equal(TextOrigin.Start, piece.Origin);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_large_file_comes_in_pieces_cut_at_paragraph_ends_that_add_up_to_the_whole(string newline)
    {
        var text = LargeText(newline, paragraphs: 80_000);
        var pieces = Read(Encoding.UTF8.GetBytes(text));

        Assert.True(pieces.Count >= 3, $"expected several pieces, got {pieces.Count}");
        Assert.Equal(text, string.Concat(pieces.Select(c => c.Text)));
        Assert.All(pieces.SkipLast(1), c => Assert.EndsWith(newline + newline, c.Text));
        Assert.Equal(Enumerable.Range(0, pieces.Count), pieces.Select(c => c.Index));
        Assert.Equal([.. Enumerable.Repeat(false, pieces.Count - 1), true], pieces.Select(c => c.IsLast));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), pieces.Sum(c => c.Bytes));
    }

    [Fact]
    public void Each_piece_knows_where_it_starts_in_the_whole_file()
    {
        var text = LargeText("\r\n", paragraphs: 30_000, astral: true);
        var pieces = Read(Encoding.UTF8.GetBytes(text));

        var whole = new TextPositionCursor();
        var utf16 = 0;
        foreach (var piece in pieces)
        {
            var expected = whole.MoveTo(text, utf16);
            Assert.Equal(expected, new TextPositionCursor(piece.Origin).MoveTo(piece.Text, 0));
            utf16 += piece.Text.Length;
        }
    }

    [Fact]
    public void A_large_utf16_file_with_a_bom_is_decoded_in_pieces()
    {
        var text = LargeText("\n", paragraphs: 30_000, astral: true);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var pieces = Read(bytes);

        Assert.True(pieces.Count > 1);
        Assert.Equal(text, string.Concat(pieces.Select(c => c.Text)));
        Assert.All(pieces, c => Assert.Null(c.Warning));
    }

    [Fact]
    public void A_large_file_that_is_not_utf8_is_read_as_windows_1252_with_one_warning()
    {
        var bytes = new List<byte>();
        while (bytes.Count < 3 * InputLimits.PieceBytes)
        {
            bytes.AddRange("Caf"u8.ToArray());
            bytes.Add(0xE9); // é in Windows-1252, invalid alone in UTF-8
            bytes.AddRange(" au lait.\n\n"u8.ToArray());
        }

        var pieces = Read([.. bytes]);

        Assert.StartsWith("Café au lait.", pieces[0].Text);
        Assert.Equal("not valid UTF-8; read as Windows-1252", pieces[0].Warning);
        Assert.All(pieces.Skip(1), c => Assert.Null(c.Warning));
    }

    [Fact]
    public void A_large_binary_file_found_by_walking_is_a_problem()
    {
        var bytes = new byte[3 * InputLimits.PieceBytes];
        bytes[100] = 0;
        var file = new InputFile("walked.bin", null);

        var outcome = Assert.Single(PieceReader.Read(file, new MemoryStream(bytes)));

        Assert.NotNull(outcome.Problem);
    }

    [Fact]
    public void A_line_with_no_breaks_is_still_cut_into_bounded_pieces()
    {
        var text = string.Concat(Enumerable.Repeat("😀word ", 600_000));
        var pieces = Read(Encoding.UTF8.GetBytes(text));

        Assert.True(pieces.Count > 1);
        Assert.Equal(text, string.Concat(pieces.Select(c => c.Text)));
        Assert.All(pieces, c => Assert.False(char.IsHighSurrogate(c.Text[^1])));
    }

    private static List<TextPiece> Read(byte[] bytes)
    {
        var outcomes = PieceReader.Read(InputFile.Stdin, new MemoryStream(bytes)).ToList();
        Assert.All(outcomes, o => Assert.Null(o.Problem));
        return outcomes.Select(o => o.Piece!).ToList();
    }

    private static string LargeText(string newline, int paragraphs, bool astral = false)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            builder.Append("Paragraph ").Append(i).Append(astral ? " 😀 from Zürich." : " from Zurich.").Append(newline);
            builder.Append("Second line of it.").Append(newline).Append(newline);
        }

        return builder.ToString();
    }
}
