namespace EntityExtract.Text.Sentences;

/// <summary>A sentence as a run of tokens: indexes into the file's <c>TokenBuffer</c>.</summary>
public readonly record struct SentenceSpan(int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
