using System.Text;

namespace EntityExtract.Input;

/// <summary>
/// The one map from a <see cref="TextEncodingKind"/> to the .NET encoding that reads it, for the
/// whole-file decoder and the piece-by-piece reader alike. Strict encodings throw on invalid
/// data so that it can be noticed; lenient twins write U+FFFD instead.
/// </summary>
internal static class TextEncodings
{
    private static readonly Encoding[] Strict = Build(strict: true);
    private static readonly Encoding[] Lenient = Build(strict: false);

    /// <summary>The encoding for a Unicode kind; Windows-1252 has its own decoder and is not here.</summary>
    public static Encoding For(TextEncodingKind kind, bool strict) =>
        (strict ? Strict : Lenient)[(int)kind] ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Windows-1252 has its own decoder.");

    /// <summary>A decoder for one stream of pieces, which keeps a character split between two pieces.</summary>
    public static Decoder DecoderFor(TextEncodingKind kind, bool strict) =>
        kind == TextEncodingKind.Windows1252 ? new Windows1252Decoder() : For(kind, strict).GetDecoder();

    private static Encoding[] Build(bool strict)
    {
        var encodings = new Encoding[Enum.GetValues<TextEncodingKind>().Length];
        encodings[(int)TextEncodingKind.Utf8] = new UTF8Encoding(false, strict);
        encodings[(int)TextEncodingKind.Utf8Bom] = encodings[(int)TextEncodingKind.Utf8];
        encodings[(int)TextEncodingKind.Utf16LE] = new UnicodeEncoding(false, false, strict);
        encodings[(int)TextEncodingKind.Utf16BE] = new UnicodeEncoding(true, false, strict);
        encodings[(int)TextEncodingKind.Utf32LE] = new UTF32Encoding(false, false, strict);
        encodings[(int)TextEncodingKind.Utf32BE] = new UTF32Encoding(true, false, strict);
        return encodings;
    }
}
