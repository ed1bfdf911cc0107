namespace EntityExtract.Entities.Tables;

/// <summary><c>--pair-unit</c>: what two entities must be named in to count as a pair.</summary>
public enum PairUnit
{
    /// <summary>One sentence (the default): the count column is <c>sentences</c>.</summary>
    Sentence,

    /// <summary>
    /// One article: a document, or each article of a file that holds many (a news dump), as the
    /// tagger found their starts. An article cut by a piece boundary of a large file counts as two.
    /// The count column is <c>articles</c>.
    /// </summary>
    Article,
}
