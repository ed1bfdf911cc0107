using System.Text;
using System.Text.Unicode;

namespace EntityExtract.Input;

/// <summary>
/// Turns a file's bytes into text. Works on any span of bytes, so a caller that reads a file
/// in pieces can use it as well as one that reads it whole.
/// </summary>
public static class TextDecoder
{
    /// <summary>
    /// True when the bytes start like a known binary format (PDF, images, archives), or the
    /// first <see cref="InputLimits.BinaryProbeBytes"/> bytes hold a NUL and there is no UTF-16
    /// or UTF-32 byte order mark (those encodings are full of NULs).
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) => BinaryKind(bytes) is not null;

    /// <summary>Why the bytes are not text (<c>PDF</c>, <c>NUL byte in the first 8 KB</c>), or null when they may be.</summary>
    public static string? BinaryKind(ReadOnlySpan<byte> bytes)
    {
        if (ByteOrderMark.AllowsNul(ByteOrderMark.Detect(bytes).Kind))
        {
            return null;
        }

        if (BinarySignature.Of(bytes) is { } format)
        {
            return format;
        }

        var probe = bytes[..Math.Min(bytes.Length, InputLimits.BinaryProbeBytes)];
        return probe.Contains((byte)0) ? ProblemReasons.NulByte : null;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/>: by its byte order mark when it has one (the mark is
    /// dropped), otherwise as strict UTF-8, otherwise as Windows-1252. Never throws.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var (kind, bomLength) = ByteOrderMark.Detect(bytes);
        var body = bytes[bomLength..];
        if (kind == TextEncodingKind.Utf8)
        {
            return Utf8.IsValid(body)
                ? new DecodedText(TextEncodings.For(TextEncodingKind.Utf8, strict: true).GetString(body), kind)
                : new DecodedText(Windows1252.GetString(body), TextEncodingKind.Windows1252);
        }

        return DecodeMarked(body, kind);
    }

    /// <summary>
    /// Decodes text whose byte order mark named its encoding. The mark is trusted, so invalid
    /// data is replaced with U+FFFD rather than sending the file to the Windows-1252 fallback.
    /// </summary>
    private static DecodedText DecodeMarked(ReadOnlySpan<byte> body, TextEncodingKind kind)
    {
        try
        {
            return new DecodedText(TextEncodings.For(kind, strict: true).GetString(body), kind);
        }
        catch (DecoderFallbackException)
        {
            // Rare, hostile input only: decoding twice is cheaper than counting replacements
            // on the common path.
            return new DecodedText(TextEncodings.For(kind, strict: false).GetString(body), kind) { ReplacedInvalidData = true };
        }
    }
}
