using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tagging.Contextual;

/// <summary>
/// The contextual codes of a document: each token's encoder vector (<see cref="ContextEncoder"/>)
/// quantised on the spot (<see cref="ContextQuantizer"/>), so a document's vectors are never held
/// whole: memory grows with its tokens by <see cref="ContextQuantizer.Groups"/> ints each.
/// Shared by every worker.
/// </summary>
internal sealed class ContextCoder
{
    private readonly Func<ContextEncoder> _encoder;

    /// <param name="encoder">Opens the encoder on first use.</param>
    public ContextCoder(Func<ContextEncoder> encoder, ContextQuantizer quantizer)
    {
        _encoder = encoder;
        Quantizer = quantizer;
    }

    public ContextQuantizer Quantizer { get; }

    public int Groups => Quantizer.Groups;

    /// <summary>Writes the codes of every token, <see cref="Groups"/> per token, to <paramref name="codes"/>.</summary>
    public void Encode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<SentenceSpan> sentences, int[] codes)
    {
        _encoder().Encode(text, tokens, sentences, new CodeSink(Quantizer, codes));
    }

    private sealed class CodeSink(ContextQuantizer quantizer, int[] codes) : IVectorSink
    {
        public void Take(int token, ReadOnlySpan<float> vector) =>
            quantizer.Quantize(vector, codes.AsSpan(token * quantizer.Groups, quantizer.Groups));
    }
}
