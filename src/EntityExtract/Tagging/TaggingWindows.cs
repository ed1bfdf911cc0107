using EntityExtract.Text;
using EntityExtract.Text.Sentences;

namespace EntityExtract.Tagging;

/// <summary>
/// The windows of a document's sentences that the tagger decodes at once: each sentence whole, or
/// cut every <see cref="MaxTokens"/> tokens. The splitter already cuts there, but sentences read
/// from training files come as written; tagging, training and calibration all cut them here, so
/// they see the same windows. A struct enumerator: no allocation per document.
/// </summary>
public readonly ref struct TaggingWindows
{
    /// <summary>The longest run of tokens decoded at once (the sentence splitter's limit).</summary>
    public const int MaxTokens = TextLimits.MaxSentenceTokens;

    private readonly ReadOnlySpan<SentenceSpan> _sentences;

    public TaggingWindows(ReadOnlySpan<SentenceSpan> sentences)
    {
        _sentences = sentences;
    }

    public Enumerator GetEnumerator() => new(_sentences);

    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<SentenceSpan> _sentences;
        private int _sentence;
        private int _next;
        private int _end;

        internal Enumerator(ReadOnlySpan<SentenceSpan> sentences)
        {
            _sentences = sentences;
            _sentence = -1;
        }

        /// <summary>The window: its first token and its token count.</summary>
        public SentenceSpan Current { get; private set; }

        public bool MoveNext()
        {
            while (_next >= _end)
            {
                if (++_sentence >= _sentences.Length)
                {
                    return false;
                }

                _next = _sentences[_sentence].FirstToken;
                _end = _sentences[_sentence].EndToken;
            }

            var count = Math.Min(MaxTokens, _end - _next);
            Current = new SentenceSpan(_next, count);
            _next += count;
            return true;
        }
    }
}
