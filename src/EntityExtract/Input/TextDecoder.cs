using System.Text;
using System.Text.Unicode;

namespace EntityExtract.Input;

/// <summary>
/// Turns a file's bytes into text. Works on any span of bytes, so a caller that reads a file
/// in pieces can use it as well as one that reads it whole.
/// </summary>
public static class TextDecoder
{
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
        return EncodingOf(kind, body, whole: true) switch
        {
            TextEncodingKind.Utf8 => new DecodedText(TextEncodings.For(TextEncodingKind.Utf8, strict: true).GetString(body), kind),
            TextEncodingKind.Windows1252 => new DecodedText(Windows1252.GetString(body), TextEncodingKind.Windows1252),
            _ => DecodeMarked(body, kind),
        };
    }

    /// <summary>
    /// The encoding to read <paramref name="body"/> in, given what its byte order mark said
    /// (<see cref="TextEncodingKind.Utf8"/> when it had none): UTF-8 that is not valid UTF-8 is read
    /// as Windows-1252, the encoding of most older text that is not UTF-8. With
    /// <paramref name="whole"/> false the bytes are the first block of a longer file and may end
    /// inside a multi-byte sequence.
    /// </summary>
    internal static TextEncodingKind EncodingOf(TextEncodingKind marked, ReadOnlySpan<byte> body, bool whole) =>
        marked == TextEncodingKind.Utf8 && !(whole ? Utf8.IsValid(body) : IsValidUtf8Prefix(body))
            ? TextEncodingKind.Windows1252
            : marked;

    /// <summary>The warning for text read as Windows-1252 because it was not valid UTF-8.</summary>
    internal const string FallbackWarning = "not valid UTF-8; read as Windows-1252";

    /// <summary>
    /// The warning for bytes that did not fit <paramref name="encoding"/> and were replaced with
    /// U+FFFD, naming where the first was found when that is known.
    /// </summary>
    internal static string ReplacedWarning(TextEncodingKind encoding, long? afterByte = null) => afterByte is { } offset
        ? $"invalid {encoding} data after byte {offset} replaced with U+FFFD"
        : $"invalid {encoding} data replaced with U+FFFD";

    /// <summary>Valid UTF-8, allowing the bytes to end inside a multi-byte sequence.</summary>
    private static bool IsValidUtf8Prefix(ReadOnlySpan<byte> bytes)
    {
        for (var trim = 0; trim <= 3 && trim <= bytes.Length; trim++)
        {
            if (Utf8.IsValid(bytes[..^trim]))
            {
                return true;
            }
        }

        return false;
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
