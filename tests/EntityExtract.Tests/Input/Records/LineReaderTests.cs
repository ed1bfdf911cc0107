using System.Text;
using EntityExtract.Input.Records;

namespace EntityExtract.Tests.Input.Records;

/// <summary>The JSON Lines line splitter: line ends, a last line without one, and a line over the limit.</summary>
public sealed class LineReaderTests
{
    [Fact]
    public void Lf_and_crlf_end_lines_and_a_last_line_needs_no_end() =>
        Assert.Equal(["a", "", "bc", "d"], Lines("a\r\n\nbc\nd", limit: 100));

    [Fact]
    public void A_line_over_the_limit_is_reported_and_the_next_one_read()
    {
        var longLine = new string('x', 300_000);
        Assert.Equal(["ok", "<too long>", "after", "<too long>"], Lines($"ok\n{longLine}\nafter\n{longLine}", limit: 100_000));
    }

    [Fact]
    public void Lines_across_read_blocks_come_out_whole_and_numbered()
    {
        var lines = Enumerable.Range(0, 20_000).Select(i => new string((char)('a' + (i % 26)), i % 97)).ToArray();
        using var reader = new LineReader(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")), 1000);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.True(reader.Next(out var line, out _));
            Assert.Equal(lines[i], Encoding.UTF8.GetString(line));
            Assert.Equal(i + 1, reader.LineNumber);
        }

        Assert.False(reader.Next(out _, out _));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void The_limit_is_exact_however_far_past_the_first_block_it_lies(string end)
    {
        // Far past the first block, where the buffer has doubled more than once: a doubled
        // buffer once let lines of up to twice the limit through.
        const int limit = 300_000;
        var atLimit = new string('a', limit);
        var overLimit = new string('b', limit + 1);

        Assert.Equal([atLimit, "<too long>", "x"], Lines($"{atLimit}{end}{overLimit}{end}x", limit));
        Assert.Equal(["<too long>"], Lines(new string('c', (int)(limit * 1.7)) + end, limit));
        Assert.Equal([atLimit], Lines(atLimit, limit)); // the last line, with no end
        Assert.Equal(["<too long>"], Lines(overLimit, limit));
    }

    private static List<string> Lines(string text, int limit)
    {
        var result = new List<string>();
        using var reader = new LineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), limit);
        while (reader.Next(out var line, out var tooLong))
        {
            result.Add(tooLong ? "<too long>" : Encoding.UTF8.GetString(line));
        }

        return result;
    }
}
