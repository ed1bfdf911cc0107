namespace EntityExtract.Input;

/// <summary>Recognises the byte order marks that announce a Unicode encoding.</summary>
internal static class ByteOrderMark
{
    /// <summary>
    /// Finds the byte order mark at the start of <paramref name="bytes"/>. Returns
    /// <see cref="TextEncodingKind.Utf8"/> with length 0 when there is none.
    /// </summary>
    public static (TextEncodingKind Kind, int Length) Detect(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE must be tested before UTF-16 LE: its mark begins with the UTF-16 LE mark.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (TextEncodingKind.Utf32LE, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (TextEncodingKind.Utf32BE, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (TextEncodingKind.Utf8Bom, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (TextEncodingKind.Utf16LE, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (TextEncodingKind.Utf16BE, 2);
        }

        return (TextEncodingKind.Utf8, 0);
    }

    /// <summary>True for encodings whose text legitimately contains NUL bytes.</summary>
    public static bool AllowsNul(TextEncodingKind kind) =>
        kind is TextEncodingKind.Utf16LE or TextEncodingKind.Utf16BE
            or TextEncodingKind.Utf32LE or TextEncodingKind.Utf32BE;
}
