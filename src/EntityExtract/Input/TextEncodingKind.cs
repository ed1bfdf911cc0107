namespace EntityExtract.Input;

/// <summary>How a file's bytes were turned into text.</summary>
public enum TextEncodingKind
{
    /// <summary>UTF-8 with no byte order mark (the default).</summary>
    Utf8,
    Utf8Bom,
    Utf16LE,
    Utf16BE,
    Utf32LE,
    Utf32BE,

    /// <summary>Not valid UTF-8 and no byte order mark, so read as Windows-1252.</summary>
    Windows1252,
}
