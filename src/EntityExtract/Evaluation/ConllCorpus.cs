namespace EntityExtract.Evaluation;

/// <summary>A CoNLL file read into documents (see <see cref="ConllDocument"/>), with its raw lines kept for writing predictions back.</summary>
public sealed class ConllCorpus
{
    internal ConllCorpus(string path, TagScheme scheme, IReadOnlyList<ConllDocument> documents, string[] lines)
    {
        Path = path;
        Scheme = scheme;
        Documents = documents;
        Lines = lines;
        foreach (var document in documents)
        {
            SentenceCount += document.Sentences.Length;
            TokenCount += document.Tokens.Length;
        }
    }

    public string Path { get; }

    public TagScheme Scheme { get; }

    public IReadOnlyList<ConllDocument> Documents { get; }

    public IReadOnlyList<string> Lines { get; }

    public int SentenceCount { get; }

    public int TokenCount { get; }
}
