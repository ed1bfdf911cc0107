namespace EntityExtract.Input;

/// <summary>
/// The text of one file with any byte order mark removed, so offsets into <see cref="Text"/>
/// start at the first real character. Line ends are kept exactly as they were.
/// </summary>
public sealed class DecodedText
{
    public DecodedText(string text, TextEncodingKind encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Encoding = encoding;
    }

    public string Text { get; }

    public TextEncodingKind Encoding { get; }

    /// <summary>True when the bytes were not valid UTF-8 and were read as Windows-1252.</summary>
    public bool UsedFallback => Encoding == TextEncodingKind.Windows1252;

    /// <summary>
    /// True when bytes that did not fit the encoding named by the byte order mark (such as a
    /// lone UTF-16 surrogate or an odd trailing byte) were replaced with U+FFFD.
    /// </summary>
    public bool ReplacedInvalidData { get; init; }

    /// <summary>
    /// A one-line warning for the user when the text may not be what the file meant, or null.
    /// </summary>
    public string? Warning =>
        UsedFallback ? TextDecoder.FallbackWarning
        : ReplacedInvalidData ? TextDecoder.ReplacedWarning(Encoding)
        : null;
}
