using System.Text;
using EntityExtract.Text.Positions;

namespace EntityExtract.Tests.Text.Positions;

public sealed class TextPositionCursorTests
{
    [Theory]
    [InlineData("ab\ncd", 3, 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 4, 2, 1)]
    [InlineData("ab\rcd", 4, 4, 2, 2)]
    [InlineData("a😀b", 3, 2, 1, 3)]
    [InlineData("😀\n😀x", 5, 3, 2, 2)]
    [InlineData("\n\n\nx", 3, 3, 4, 1)]
    public void Converts_utf16_index_to_code_point_offset_line_and_column(string text, int index, long offset, int line, int column)
    {
        var cursor = new TextPositionCursor();

        Assert.Equal(new TextPosition(offset, line, column), cursor.MoveTo(text, index));
    }

    [Fact]
    public void Agrees_with_a_naive_recount_on_random_text()
    {
        const int seed = 20261124;
        var random = new Random(seed);
        string[] pieces = ["a", "Z", " ", "\n", "\r", "\r\n", "😀", "é", "\u2028", "\t"];
        for (var round = 0; round < 500; round++)
        {
            var builder = new StringBuilder();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            var cursor = new TextPositionCursor();
            for (var index = 0; index <= text.Length; index++)
            {
                if (index > 0 && index < text.Length && char.IsLowSurrogate(text[index]))
                {
                    continue; // never asked: offsets always fall on code point boundaries
                }

                var expected = Naive(text, index);
                var actual = cursor.MoveTo(text, index);
                Assert.True(expected == actual, $"seed {seed}, round {round}, index {index}: expected {expected}, got {actual}");
            }
        }
    }

    [Fact]
    public void Refuses_to_move_backwards()
    {
        var cursor = new TextPositionCursor();
        cursor.MoveTo("abc", 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => cursor.MoveTo("abc", 1));
    }

    /// <summary>Slow twin: recounts from the start with runes and an explicit line-break scan.</summary>
    private static TextPosition Naive(string text, int index)
    {
        var before = text[..index];
        var offset = before.EnumerateRunes().Count();
        var normalized = before.Replace("\r\n", "\n").Replace('\r', '\n');
        var line = normalized.Count(c => c == '\n') + 1;
        var lastBreak = normalized.LastIndexOf('\n');
        var column = normalized[(lastBreak + 1)..].EnumerateRunes().Count() + 1;
        if (before.EndsWith('\r') && index < text.Length && text[index] == '\n')
        {
            // between CR and LF the line has not ended yet
            line--;
            var withoutCr = normalized[..^1];
            column = withoutCr[(withoutCr.LastIndexOf('\n') + 1)..].EnumerateRunes().Count() + 2;
        }

        return new TextPosition(offset, line, column);
    }
}
