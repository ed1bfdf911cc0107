namespace EntityExtract.Input;

/// <summary>
/// Decodes Windows-1252, the fallback for files that are not valid UTF-8. The code page is
/// written out here rather than taken from <c>CodePagesEncodingProvider</c> so that decoding
/// needs no global registration and stays the same under invariant globalization.
/// </summary>
internal static class Windows1252
{
    /// <summary>
    /// Bytes 0x80 to 0x9F, the only range where Windows-1252 differs from Latin-1. The five
    /// bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1
    /// control with the same value, as Windows itself does, so no byte is ever lost.
    /// </summary>
    private static ReadOnlySpan<char> HighControls =>
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private const byte HighControlsStart = 0x80;

    public static char Map(byte b) =>
        (uint)(b - HighControlsStart) < (uint)HighControls.Length
            ? HighControls[b - HighControlsStart]
            : (char)b;

    public static string GetString(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes, static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                chars[i] = Map(source[i]);
            }
        });
}
