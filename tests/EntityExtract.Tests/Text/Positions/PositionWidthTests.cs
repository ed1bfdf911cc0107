using EntityExtract.Tests.Support;
using EntityExtract.Text.Positions;

namespace EntityExtract.Tests.Text.Positions;

/// <summary>
/// Lines, offsets and columns are 64-bit: a file of more than 2³¹ lines (read in pieces like any
/// other) must not report line -1946157054.
/// </summary>
public sealed class PositionWidthTests
{
    [Fact]
    public void Lines_count_past_two_to_the_31st_without_wrapping()
    {
        var origin = new TextOrigin(Offset: 5_000_000_000, Line: int.MaxValue - 1, LineStart: 5_000_000_000);

        var after = origin.Advance("a\nb\nc\n");

        Assert.Equal((long)int.MaxValue + 2, after.Line);
        Assert.Equal(5_000_000_006, after.Offset);
    }

    [Fact]
    public void A_cursor_reports_lines_and_columns_past_two_to_the_31st()
    {
        var text = "x Paris";
        var cursor = new TextPositionCursor(new TextOrigin(Offset: 3_000_000_000, Line: 3_000_000_000, LineStart: 0));

        var position = cursor.MoveTo(text, 2);

        Assert.Equal(new TextPosition(3_000_000_002, 3_000_000_000, 3_000_000_003), position);
    }

    [SlowFact]
    public void A_file_of_more_than_two_to_the_31st_lines_reports_the_true_line()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("lines.txt");
        const long lines = (1L << 31) + 10;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            var block = new byte[1 << 20];
            block.AsSpan().Fill((byte)'\n');
            for (var left = lines; left > 0; left -= block.Length)
            {
                stream.Write(block, 0, (int)Math.Min(left, block.Length));
            }

            stream.Write("Angela Merkel visited Paris.\n"u8);
        }

        var result = CliProcess.Run(folder.Path, null, "-q", "--threads", "2", "lines.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"lines.txt,{lines + 1},1,{lines},", result.Stdout, StringComparison.Ordinal);
    }
}
