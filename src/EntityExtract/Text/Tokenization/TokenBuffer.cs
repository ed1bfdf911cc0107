namespace EntityExtract.Text.Tokenization;

/// <summary>
/// A growable array of tokens that a worker reuses file after file, so tokenizing allocates
/// only when a file has more tokens than any file before it.
/// </summary>
public sealed class TokenBuffer
{
    private Token[] _items;

    public TokenBuffer(int capacity = 4096) => _items = new Token[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    public ref readonly Token this[int index] => ref _items[index];

    public ReadOnlySpan<Token> AsSpan() => _items.AsSpan(0, Count);

    public ReadOnlySpan<Token> AsSpan(int start, int length) => _items.AsSpan(0, Count).Slice(start, length);

    public void Clear() => Count = 0;

    public void Add(Token token)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = token;
    }

    private void Grow() => Array.Resize(ref _items, _items.Length * 2);
}
