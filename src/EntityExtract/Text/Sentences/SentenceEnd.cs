namespace EntityExtract.Text.Sentences;

/// <summary>Whether the tokens read so far could close the current sentence, and how surely.</summary>
internal enum SentenceEnd : byte
{
    None,

    /// <summary>After . ? ! or an ellipsis: the sentence ends unless a lower-case word or a comma follows.</summary>
    Strong,

    /// <summary>After an abbreviation such as <c>U.S.</c> or <c>Inc.</c>: it ends only if a usual sentence opener follows.</summary>
    Weak,
}
