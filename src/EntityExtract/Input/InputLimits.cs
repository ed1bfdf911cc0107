namespace EntityExtract.Input;

/// <summary>Limits that keep one hostile file or folder from taking over a run.</summary>
public static class InputLimits
{
    /// <summary>
    /// How many leading bytes are searched for a NUL when deciding whether a file is binary.
    /// Text encodings other than UTF-16 and UTF-32 never contain NUL, and a binary file almost
    /// always has one early, so a short probe is enough.
    /// </summary>
    public const int BinaryProbeBytes = 8192;

    /// <summary>
    /// Files up to this size are read and tagged whole; larger ones (and stdin beyond it) are
    /// read in pieces of about this many bytes, cut at paragraph boundaries, so memory stays
    /// bounded for a 2 GB log as for a 2 KB note. A piece is also the document of the tagger's
    /// second pass. Memory grows with it (per worker and per piece in flight): on a 100 MB file
    /// with 2 threads, peak resident memory was 395 MB with 1 MiB pieces, 279 MB with 512 KiB
    /// and 237 MB with 256 KiB; news articles are far smaller than a piece.
    /// </summary>
    public const int PieceBytes = 256 * 1024;

    /// <summary>Decoded characters gathered before a piece is cut (one byte is at most one char).</summary>
    public const int PieceChars = PieceBytes;

    /// <summary>
    /// How deeply folders are nested before walking stops going down. Loops through links are
    /// caught by remembering visited folders; this is the backstop for anything that slips by.
    /// </summary>
    public const int MaxFolderDepth = 256;

    /// <summary>How many symbolic links are followed while resolving one path (as Linux does).</summary>
    public const int MaxLinkHops = 40;
}
