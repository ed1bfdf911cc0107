using System.Buffers;
using System.Text;
using EntityExtract.Text.Positions;

namespace EntityExtract.Input;

public static partial class PieceReader
{
    /// <summary>
    /// The reading state of one file: bytes not yet decoded, text not yet cut. Most files are
    /// small, so the byte block is rented (a folder of 200,000 notes must not allocate 200,000
    /// blocks of a megabyte) and the text buffer is made only for a file that needs cutting.
    /// </summary>
    private sealed class Pieces(InputFile file, Stream stream) : IDisposable
    {
        /// <summary>Room for what one call can add beyond one char per byte: a sequence held over from the last block, replaced at the end.</summary>
        private const int DecodeSlack = 16;

        private readonly NoticingDecoderFallback _fallback = new();

        /// <summary>A regular file's length when opened; reading fewer bytes means it shrank meanwhile.</summary>
        private readonly long _lengthAtOpen = LengthOf(stream);
        private byte[]? _block = ArrayPool<byte>.Shared.Rent(InputLimits.PieceBytes);
        private char[] _text = [];
        private int _textLength;
        private Decoder? _decoder;
        private TextEncodingKind _encoding;
        private bool _started;
        private bool _ended;
        private int _index;
        private long _bytesSinceLastPiece;
        private long _bytesRead;
        private TextOrigin _origin = TextOrigin.Start;
        private string? _warning;

        /// <summary>The rented block is exactly <see cref="InputLimits.PieceBytes"/> long here, whatever the pool gave.</summary>
        private Span<byte> Block => _block.AsSpan(0, InputLimits.PieceBytes);

        public void Dispose()
        {
            if (_block is not null)
            {
                ArrayPool<byte>.Shared.Return(_block);
                _block = null;
            }
        }

        public PieceOutcome Next()
        {
            if (!_started)
            {
                _started = true;
                var first = Fill(Block);
                if (first < InputLimits.PieceBytes)
                {
                    return Whole(first); // small file: decode it in one go
                }

                var start = Begin(Block);
                if (start.Problem is not null)
                {
                    return start;
                }
            }

            while (!_ended && _textLength < InputLimits.PieceChars)
            {
                var read = Fill(Block);
                _ended = read == 0;
                Decode(Block[..read], flush: _ended);
            }

            if (_ended && _textLength == 0 && _index > 0)
            {
                return new PieceOutcome(null, ShrankProblem());
            }

            var cut = _ended ? _textLength : CutPoint.Find(_text.AsSpan(0, _textLength));
            var isLast = _ended && cut == _textLength;
            var outcome = Emit(cut, isLast);
            return isLast ? outcome with { Problem = ShrankProblem() } : outcome;
        }

        private PieceOutcome Whole(int length)
        {
            var outcome = InputReader.DecodeWhole(file, Block[..length]);
            _ended = true;
            return outcome.Problem is not null
                ? new PieceOutcome(null, outcome.Problem)
                : new PieceOutcome(new TextPiece(file, 0, true, outcome.Text!.Text, TextOrigin.Start, length) { Warning = outcome.Text.Warning }, ShrankProblem());
        }

        /// <summary>
        /// A file cut short while it was read (truncated, or rewritten by an editor) has given its
        /// rows for the bytes that were there, but not all it held when opened: a failure.
        /// </summary>
        private InputProblem? ShrankProblem() => _bytesRead < _lengthAtOpen
            ? new InputProblem(file.DisplayPath, $"shrank while being read ({_bytesRead} of {_lengthAtOpen} bytes read); rows for the rest are missing")
            : null;

        private static long LengthOf(Stream stream)
        {
            try
            {
                return stream.CanSeek ? stream.Length - stream.Position : -1;
            }
            catch (Exception e) when (ProblemReasons.IsInputFailure(e) || e is NotSupportedException)
            {
                return -1;
            }
        }

        /// <summary>Decides the encoding from the first block, as a small file's is decided from all of it.</summary>
        private PieceOutcome Begin(ReadOnlySpan<byte> block)
        {
            if (TextDecoder.BinaryKind(block) is { } binary)
            {
                return new PieceOutcome(null, new InputProblem(file.DisplayPath, ProblemReasons.BinaryFile(binary)));
            }

            var (kind, bomLength) = ByteOrderMark.Detect(block);
            var body = block[bomLength..];
            _encoding = TextDecoder.EncodingOf(kind, body, whole: false);
            if (_encoding != kind)
            {
                _warning = TextDecoder.FallbackWarning;
            }

            _decoder = TextEncodings.DecoderFor(_encoding, strict: false);
            _decoder.Fallback = _fallback;
            _text = new char[InputLimits.PieceBytes + DecodeSlack];
            Decode(body, flush: false);
            return default;
        }

        /// <summary>
        /// Decodes one block. Never throws, whatever the bytes: invalid data past the first block
        /// is replaced with U+FFFD and noted in the one warning, rather than re-reading gigabytes
        /// as another encoding. No byte gives more than one char (a four-byte sequence gives two),
        /// so the block's length plus a little bounds the text it adds without counting first.
        /// </summary>
        private void Decode(ReadOnlySpan<byte> bytes, bool flush)
        {
            _bytesSinceLastPiece += bytes.Length;
            EnsureText(_textLength + bytes.Length + DecodeSlack);
            _textLength += _decoder!.GetChars(bytes, _text.AsSpan(_textLength), flush);
            if (_fallback.Replaced)
            {
                _fallback.Replaced = false;
                _warning ??= TextDecoder.ReplacedWarning(_encoding, _bytesRead - bytes.Length);
            }
        }

        private PieceOutcome Emit(int cut, bool isLast)
        {
            var text = new string(_text, 0, cut);
            _text.AsSpan(cut, _textLength - cut).CopyTo(_text);
            _textLength -= cut;
            var piece = new TextPiece(file, _index++, isLast, text, _origin, _bytesSinceLastPiece) { Warning = _warning };
            _warning = null;
            _bytesSinceLastPiece = 0;
            _origin = _origin.Advance(text);
            return new PieceOutcome(piece, null);
        }

        private int Fill(Span<byte> buffer)
        {
            var total = 0;
            while (total < buffer.Length)
            {
                var read = stream.Read(buffer[total..]);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            _bytesRead += total;
            return total;
        }

        private void EnsureText(int capacity)
        {
            if (capacity > _text.Length)
            {
                Array.Resize(ref _text, Math.Max(capacity, _text.Length * 2));
            }
        }
    }
}
