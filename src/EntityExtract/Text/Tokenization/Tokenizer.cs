namespace EntityExtract.Text.Tokenization;

/// <summary>
/// Splits text into tokens in the style of the Penn Treebank, tuned for news: abbreviations and
/// initials keep their periods, hyphenated names stay whole, clitics (<c>'s</c>, <c>n't</c>) are
/// split off, and URLs, e-mail addresses, handles, hashtags and emoji are single tokens.
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// Appends the tokens of <paramref name="text"/> to <paramref name="output"/> without clearing
    /// it. Offsets are UTF-16 indexes relative to <paramref name="text"/>. Whitespace, control and
    /// invisible format characters separate tokens and are never part of one; every other
    /// character belongs to exactly one token. Allocates nothing unless the buffer must grow.
    /// </summary>
    public static void Tokenize(ReadOnlySpan<char> text, TokenBuffer output)
    {
        ArgumentNullException.ThrowIfNull(output);
        new TokenScanner(text, output).Run();
    }
}
