using System.Text;

namespace EntityExtract.Input;

/// <summary>
/// Replaces invalid input with U+FFFD, as the standard replacement fallback does, and remembers
/// that it did, so a streaming decoder can warn once without ever throwing. It is called only on
/// invalid bytes, so valid text keeps the decoder's fast path.
/// </summary>
internal sealed class NoticingDecoderFallback : DecoderFallback
{
    /// <summary>Set once any invalid input has been replaced.</summary>
    public bool Replaced { get; set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(NoticingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Replaced = true;
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending)
            {
                return '\0';
            }

            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (_pending)
            {
                return false;
            }

            _pending = true;
            return true;
        }

        public override void Reset() => _pending = false;
    }
}
