using EntityExtract.Output;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Output;

/// <summary>The workbook writer: typed cells, a header that leads, and sheets that go on.</summary>
public sealed class XlsxWorkbookTests
{
    private static readonly string[] Columns = ["file", "line", "text", "score"];

    private static XlsxFile Write(int rows, int rowsPerSheet = XlsxWorkbookStream.MaxDataRowsPerSheet, string text = "=SUM(1,2)", bool header = true)
    {
        var bytes = new MemoryStream();
        using (var workbook = new XlsxWorkbookStream(bytes, "mentions", rowsPerSheet))
        {
            // As the run does it: rows made into a worker's buffer, then copied to the workbook.
            var buffer = new MemoryStream();
            var writer = new XlsxTableWriter(buffer, Columns);
            if (header)
            {
                writer.Header();
            }

            for (var i = 0; i < rows; i++)
            {
                writer.Text($"docs/{i}.txt");
                writer.Number(i + 1);
                writer.Text(text);
                writer.Score(0.873f);
                writer.EndRow();
            }

            // Written in uneven pieces: records may be cut anywhere between two writes.
            var all = buffer.ToArray();
            for (var at = 0; at < all.Length; at += 7)
            {
                workbook.Write(all.AsSpan(at, Math.Min(7, all.Length - at)));
            }

            workbook.Finish();
        }

        return new XlsxFile(bytes.ToArray());
    }

    [Fact]
    public void Numbers_are_number_cells_and_text_is_text_even_when_it_looks_like_a_formula()
    {
        var book = Write(2);

        var row = book.Rows()[1];
        Assert.Equal(["text", "number", "text", "number"], row.Select(c => c.Kind));
        Assert.Equal(["docs/0.txt", "1", "=SUM(1,2)", "0.87"], row.Select(c => c.Value));
        Assert.Empty(book.Sheets[0].Descendants(XlsxFile.Main + "f"));
    }

    [Theory]
    [InlineData("-[[Reuters]] said")]
    [InlineData("@Nestlé")]
    [InlineData("+Group")]
    public void Guarded_looking_text_shows_no_apostrophe(string text)
    {
        var book = Write(1, text: text);

        Assert.Equal(text, book.Rows()[1][2].Value);
    }

    [Fact]
    public void The_header_is_bold_frozen_and_filtered()
    {
        var book = Write(3);

        var header = book.Rows()[0];
        Assert.Equal(Columns, header.Select(c => c.Value));
        Assert.All(header, c => Assert.True(book.IsBold(c.Style)));
        Assert.False(book.IsBold(book.Rows()[1][0].Style));
        var pane = book.Sheets[0].Descendants(XlsxFile.Main + "pane").Single();
        Assert.Equal("1", (string?)pane.Attribute("ySplit"));
        Assert.Equal("frozen", (string?)pane.Attribute("state"));
        Assert.Equal("A1:D1", (string?)book.Sheets[0].Descendants(XlsxFile.Main + "autoFilter").Single().Attribute("ref"));
    }

    [Fact]
    public void Columns_are_as_wide_as_their_content_within_bounds()
    {
        var book = Write(3, text: new string('x', 500));

        var widths = book.Sheets[0].Descendants(XlsxFile.Main + "col").Select(c => (double)c.Attribute("width")!).ToArray();
        Assert.Equal(4, widths.Length);
        Assert.Equal(60, widths[2]); // a long text column is capped
        Assert.InRange(widths[0], 13, 20); // "docs/0.txt" and a little room
        Assert.All(widths, w => Assert.InRange(w, 6, 60));
    }

    [Fact]
    public void Rows_past_the_sheet_limit_go_on_in_a_new_sheet_with_the_header()
    {
        var book = Write(7, rowsPerSheet: 3);

        Assert.Equal(["mentions", "mentions 2", "mentions 3"], book.SheetNames);
        Assert.Equal([4, 4, 2], book.Sheets.Select((_, i) => book.Rows(i).Count));
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal("file", book.Rows(i)[0][0].Value));
        Assert.Equal("7", book.Rows(2)[1][1].Value);
    }

    [Fact]
    public void The_sheet_limit_is_excels()
    {
        Assert.Equal(1_048_576 - 1, XlsxWorkbookStream.MaxDataRowsPerSheet);
    }

    [Fact]
    public void An_empty_table_is_a_workbook_with_its_header()
    {
        var book = Write(0);

        Assert.Equal(["file", "line", "text", "score"], Assert.Single(book.Rows()).Select(c => c.Value));
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_replaced_and_long_text_is_cut()
    {
        var book = Write(1, text: "a\u0001b\u000Bc" + new string('y', 40_000));

        var text = book.Rows()[1][2].Value;
        Assert.StartsWith("a\uFFFDb\uFFFDc", text);
        Assert.Equal(XlsxWorkbookStream.MaxCellChars, text.Length);
    }
}
