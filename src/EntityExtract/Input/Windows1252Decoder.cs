using System.Text;

namespace EntityExtract.Input;

/// <summary>A streaming <see cref="Decoder"/> over <see cref="Windows1252"/>: one byte is one char, no state.</summary>
internal sealed class Windows1252Decoder : Decoder
{
    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++)
        {
            chars[charIndex + i] = Windows1252.Map(bytes[byteIndex + i]);
        }

        return byteCount;
    }

    public override int GetCharCount(ReadOnlySpan<byte> bytes, bool flush) => bytes.Length;

    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = Windows1252.Map(bytes[i]);
        }

        return bytes.Length;
    }
}
