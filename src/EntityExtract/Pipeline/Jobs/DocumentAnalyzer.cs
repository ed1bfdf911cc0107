using EntityExtract.Tagging;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>
/// Runs the analysis stages over one document (tokens and sentences from Text, then mentions and
/// article starts from Tagging) into buffers that belong to one worker and are reused from
/// document to document.
/// </summary>
public sealed class DocumentAnalyzer
{
    private readonly EntityTagger? _tagger;
    private readonly TaggerWorkspace? _workspace;

    public DocumentAnalyzer(EntityTagger? tagger)
    {
        _tagger = tagger;
        _workspace = tagger?.CreateWorkspace();
    }

    public TokenBuffer Tokens { get; } = new();

    public SentenceBuffer Sentences { get; } = new();

    public List<Mention> Mentions { get; } = [];

    /// <summary>The first token of every article after the first, as the tagger found them.</summary>
    public List<int> ArticleStarts { get; } = [];

    public void Tokenize(ReadOnlySpan<char> text)
    {
        Tokens.Clear();
        Sentences.Clear();
        Tokenizer.Tokenize(text, Tokens);
        SentenceSplitter.Split(text, Tokens.AsSpan(), Sentences);
    }

    public void Tag(ReadOnlySpan<char> text)
    {
        Tokenize(text);
        Mentions.Clear();
        ArticleStarts.Clear();
        _tagger?.TagDocument(text, Tokens.AsSpan(), Sentences.AsSpan(), _workspace!, Mentions, ArticleStarts);
    }
}
