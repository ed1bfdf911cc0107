namespace EntityExtract.Input.Documents;

/// <summary>
/// The first bytes a document of each kind must start with, checked before its library sees it,
/// so an encrypted Word file (an OLE container, not a zip) or a file merely named .pdf gets a
/// reason a user can act on rather than a parser's stack of complaints.
/// </summary>
internal static class Signatures
{
    private const int ProbeBytes = 1024;

    /// <summary>Why <paramref name="stream"/> is not a <paramref name="kind"/>, or null; the stream is left at its start.</summary>
    public static string? Mismatch(DocumentKind kind, Stream stream)
    {
        Span<byte> probe = stackalloc byte[ProbeBytes];
        var start = stream.Position;
        var length = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var head = probe[..length];
        if (length == 0)
        {
            return "empty file";
        }

        return kind switch
        {
            DocumentKind.Pdf when head.IndexOf("%PDF-"u8) < 0 => "not a PDF (no %PDF- header)",
            DocumentKind.Docx or DocumentKind.Odt when head is [0xD0, 0xCF, 0x11, 0xE0, ..] =>
                "encrypted (password protected) or an old binary format (.doc); not read",
            DocumentKind.Docx or DocumentKind.Odt when head is not [(byte)'P', (byte)'K', ..] =>
                "corrupt or misnamed (not a zip archive, as every .docx and .odt is)",
            _ => null,
        };
    }
}
