using System.Text;
using EntityExtract.Input;

namespace EntityExtract.Tests.Input;

public sealed class TextDecoderTests
{
    private const string Sample = "Zoë met Ångström in 東京 😀\r\nnext line";

    public static TheoryData<TextEncodingKind, byte[]> MarkedSamples() => new()
    {
        { TextEncodingKind.Utf8Bom, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
        { TextEncodingKind.Utf16LE, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
        { TextEncodingKind.Utf16BE, [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { TextEncodingKind.Utf32LE, [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes(Sample)] },
        { TextEncodingKind.Utf32BE, [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(true, false).GetBytes(Sample)] },
    };

    [Theory]
    [MemberData(nameof(MarkedSamples))]
    public void Byte_order_mark_chooses_encoding_and_is_removed(TextEncodingKind kind, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(kind, decoded.Encoding);
        Assert.False(decoded.UsedFallback);
        Assert.False(decoded.ReplacedInvalidData);
        Assert.Null(decoded.Warning);
    }

    [Theory]
    [MemberData(nameof(MarkedSamples))]
    public void Unicode_with_mark_is_never_binary(TextEncodingKind kind, byte[] bytes)
    {
        _ = kind;
        Assert.Null(TextDecoder.BinaryKind(bytes));
    }

    [Fact]
    public void Plain_utf8_keeps_non_ascii_exactly()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("café 😀"));

        Assert.Equal("café 😀", decoded.Text);
        Assert.Equal(TextEncodingKind.Utf8, decoded.Encoding);
        Assert.False(decoded.UsedFallback);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9 }, "Café")]
    [InlineData(new byte[] { 0x93, (byte)'q', (byte)'u', (byte)'o', (byte)'t', (byte)'e', (byte)'d', 0x94 }, "\u201Cquoted\u201D")]
    [InlineData(new byte[] { 0x80, (byte)' ', 0x85, (byte)' ', 0x81 }, "\u20AC \u2026 \u0081")]
    public void Invalid_utf8_falls_back_to_windows1252(byte[] bytes, string expected)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(expected, decoded.Text);
        Assert.Equal(TextEncodingKind.Windows1252, decoded.Encoding);
        Assert.True(decoded.UsedFallback);
        Assert.NotNull(decoded.Warning);
    }

    [Fact]
    public void Empty_input_is_empty_text()
    {
        var decoded = TextDecoder.Decode([]);

        Assert.Equal(string.Empty, decoded.Text);
        Assert.Equal(TextEncodingKind.Utf8, decoded.Encoding);
        Assert.Null(TextDecoder.BinaryKind([]));
    }

    [Fact]
    public void Mark_alone_is_empty_text()
    {
        Assert.Equal(string.Empty, TextDecoder.Decode([0xEF, 0xBB, 0xBF]).Text);
        Assert.Equal(string.Empty, TextDecoder.Decode([0xFF, 0xFE]).Text);
    }

    [Fact]
    public void Line_ends_are_kept_as_they_are()
    {
        const string text = "one\r\ntwo\rthree\nfour\r\n";

        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Text);
    }

    [Fact]
    public void Nul_in_first_probe_is_binary()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', InputLimits.BinaryProbeBytes));
        bytes[InputLimits.BinaryProbeBytes - 1] = 0;

        Assert.NotNull(TextDecoder.BinaryKind(bytes));
    }

    [Fact]
    public void Nul_past_first_probe_is_not_binary()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', InputLimits.BinaryProbeBytes + 10));
        bytes[InputLimits.BinaryProbeBytes] = 0;

        Assert.Null(TextDecoder.BinaryKind(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x42 }, "A\uFFFD")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00 }, "\uFFFDA")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0xDC, 0x00 }, "\uFFFD")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00 }, "\uFFFD")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xFF }, "A\uFFFD")]
    public void Invalid_data_after_mark_is_replaced_not_thrown(byte[] bytes, string expected)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(expected, decoded.Text);
        Assert.True(decoded.ReplacedInvalidData);
        Assert.False(decoded.UsedFallback);
        Assert.NotNull(decoded.Warning);
    }
}
