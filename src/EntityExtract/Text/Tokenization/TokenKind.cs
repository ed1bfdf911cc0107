namespace EntityExtract.Text.Tokenization;

/// <summary>Coarse class of a token, decided once by the tokenizer so later stages need not rescan it.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
    Handle,
    Hashtag,
    Emoji,
}
