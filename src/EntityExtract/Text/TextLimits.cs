namespace EntityExtract.Text;

/// <summary>
/// Bounds that keep one hostile file (a megabyte without a space, a book without a full stop)
/// from costing more than ordinary text per token or per sentence downstream.
/// </summary>
public static class TextLimits
{
    /// <summary>
    /// A longer token is cut into pieces of at most this many UTF-16 units (never inside a
    /// surrogate pair). 256 is far above any word, name or ordinary URL in news text, yet small
    /// enough that the tagger's per-token feature work (hashing prefixes, suffixes, shapes) stays
    /// bounded however long a run of letters a file contains.
    /// </summary>
    public const int MaxTokenLength = 256;

    /// <summary>
    /// A sentence with more tokens is cut after this many. News sentences rarely pass 100
    /// tokens; 256 leaves room for long lists while capping the decoder's per-sentence scratch,
    /// which is sized by this value, for text that has no sentence punctuation at all.
    /// </summary>
    public const int MaxSentenceTokens = 256;
}
