namespace EntityExtract.Input;

/// <summary>
/// The formats people point a text tool at by mistake, known by their first bytes. A PDF can
/// run for kilobytes before its first NUL byte, so the NUL probe alone would read it as text.
/// </summary>
internal static class BinarySignature
{
    /// <summary>The name of the format <paramref name="bytes"/> starts with, or null.</summary>
    public static string? Of(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => "PDF",
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => "PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => "GIF image",
        [(byte)'I', (byte)'I', 0x2A, 0x00, ..] or [(byte)'M', (byte)'M', 0x00, 0x2A, ..] => "TIFF image",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "WebP image",
        [(byte)'P', (byte)'K', 0x03, 0x04, ..] => "ZIP archive, such as .docx or .xlsx",
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => "Office document",
        [0x1F, 0x8B, ..] => "gzip archive",
        _ => null,
    };
}
