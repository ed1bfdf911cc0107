using System.Runtime.InteropServices;

namespace EntityExtract.Text.Tokenization;

/// <summary>
/// A token is a slice of the decoded text, never a copy of it: offsets are UTF-16 indexes
/// into the buffer the tokenizer was given. Conversion to code points happens only when a
/// row is written (see <c>Text/Positions/TextPositionCursor</c>).
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
