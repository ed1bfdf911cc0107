namespace EntityExtract.Text.Sentences;

/// <summary>Reusable list of sentence spans, kept per worker like <c>TokenBuffer</c>.</summary>
public sealed class SentenceBuffer
{
    private SentenceSpan[] _items = new SentenceSpan[256];

    public int Count { get; private set; }

    public ReadOnlySpan<SentenceSpan> AsSpan() => _items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(SentenceSpan sentence)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = sentence;
    }
}
