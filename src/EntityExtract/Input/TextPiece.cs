using EntityExtract.Text.Positions;

namespace EntityExtract.Input;

/// <summary>
/// A piece of one file's decoded text: the whole file when it is small, else one of several
/// pieces cut at paragraph (or line) boundaries, so no file is ever held in memory whole.
/// </summary>
/// <param name="File">The file it came from.</param>
/// <param name="Index">0 for the first piece of a file.</param>
/// <param name="IsLast">True for the file's last piece.</param>
/// <param name="Text">The decoded text of this piece.</param>
/// <param name="Origin">Where the piece begins within the file.</param>
/// <param name="Bytes">How many bytes of the file this piece was decoded from.</param>
public sealed record TextPiece(InputFile File, int Index, bool IsLast, string Text, TextOrigin Origin, long Bytes)
{
    /// <summary>A one-line warning about how the text was decoded, given once per file.</summary>
    public string? Warning { get; init; }

    /// <summary>
    /// The file-wide number of this piece's first sentence, when the run numbers sentences
    /// (<c>tokenize</c>); pieces are cut at paragraph ends, so no sentence spans two pieces.
    /// </summary>
    public long FirstSentence { get; init; }

    /// <summary>Where each page of a PDF begins, for the <c>page</c> column; null for other files.</summary>
    public Documents.PageMap? Pages { get; init; }

    /// <summary>
    /// The language a file is written in when it is not English and was therefore not tagged:
    /// the piece is then empty and stands for the whole file.
    /// </summary>
    public string? OtherLanguage { get; init; }
}
