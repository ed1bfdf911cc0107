using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Pipeline;

/// <summary>Counts the sentences of a text with the product's own splitter, reusing its buffers.</summary>
internal sealed class SentenceCounter
{
    private readonly TokenBuffer _tokens = new();
    private readonly SentenceBuffer _sentences = new();

    public int Count(string text)
    {
        _tokens.Clear();
        _sentences.Clear();
        Tokenizer.Tokenize(text, _tokens);
        SentenceSplitter.Split(text, _tokens.AsSpan(), _sentences);
        return _sentences.Count;
    }
}
