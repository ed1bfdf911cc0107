using EntityExtract.Output;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Output;

/// <summary>The workbook sink: typed cells, a header that leads, columns sized by the first rows, and sheets that go on.</summary>
public sealed class XlsxWorkbookTests
{
    private static readonly string[] Columns = ["file", "line", "text", "score"];

    /// <summary>
    /// As a run writes them: rows made in workers' buffers, <paramref name="perBlock"/> at a time,
    /// and appended in order; row <c>i</c> holds <paramref name="text"/> (or <paramref name="textOf"/>'s).
    /// </summary>
    private static XlsxFile Write(
        int rows,
        int rowsPerSheet = XlsxWorkbook.MaxDataRowsPerSheet,
        string text = "=SUM(1,2)",
        bool header = true,
        int perBlock = 3,
        Func<int, string>? textOf = null) =>
        new(WriteBytes(rows, rowsPerSheet, text, header, perBlock, textOf));

    private static byte[] WriteBytes(
        int rows,
        int rowsPerSheet = XlsxWorkbook.MaxDataRowsPerSheet,
        string text = "=SUM(1,2)",
        bool header = true,
        int perBlock = 3,
        Func<int, string>? textOf = null)
    {
        var bytes = new MemoryStream();
        using (var workbook = new XlsxWorkbook(bytes, "mentions", Columns, header, rowsPerSheet))
        {
            var buffers = new[] { workbook.CreateBuffer(), workbook.CreateBuffer() };
            for (var i = 0; i < rows; i++)
            {
                var buffer = buffers[i / perBlock % 2];
                buffer.Text($"docs/{i}.txt");
                buffer.Number(i + 1);
                buffer.Text(textOf?.Invoke(i) ?? text);
                buffer.Score(0.873f);
                buffer.EndRow();
                if ((i + 1) % perBlock == 0 || i == rows - 1)
                {
                    workbook.Append(buffer.Take());
                }
            }

            workbook.Finish();
        }

        return bytes.ToArray();
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

    [Fact]
    public void Rows_from_many_blocks_come_out_in_the_order_appended()
    {
        var book = Write(500, perBlock: 7);

        var rows = book.Rows();
        Assert.Equal(501, rows.Count);
        Assert.Equal(Enumerable.Range(1, 500).Select(i => i.ToString()), rows.Skip(1).Select(r => r[1].Value));
    }

    [Fact]
    public void Rows_written_straight_and_rows_appended_keep_their_order()
    {
        var bytes = new MemoryStream();
        using (var workbook = new XlsxWorkbook(bytes, "corpus", ["entity", "mentions"], header: true))
        {
            var buffer = workbook.CreateBuffer();
            buffer.Text("appended");
            buffer.Number(1);
            buffer.EndRow();
            workbook.Rows.Text("straight");
            workbook.Rows.Number(2);
            workbook.Rows.EndRow();
            workbook.Append(buffer.Take());
            workbook.Finish();
        }

        var book = new XlsxFile(bytes.ToArray());
        Assert.Equal(["corpus"], book.SheetNames);
        Assert.Equal(["entity", "straight", "appended"], book.Rows().Select(r => r[0].Value));
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
        Assert.Equal(new XlsxFile.XlsxFilter("A1:D4", "mentions"), Assert.Single(book.Filters));
    }

    /// <summary>
    /// The filter covers every row, header and data, as Excel's own filters do and as LibreOffice
    /// needs to show its buttons (XlsxCalcTests opens the workbook there).
    /// </summary>
    [Theory]
    [InlineData(1, "A1:D2")]
    [InlineData(XlsxWorkbook.RowsForWidths, "A1:D201")]
    [InlineData(XlsxWorkbook.RowsForWidths + 1, "A1:D202")]
    [InlineData(1234, "A1:D1235")]
    public void The_filter_covers_every_row(int rows, string range)
    {
        var book = Write(rows);

        Assert.Equal(range, Assert.Single(book.Filters)!.Range);
        Assert.Empty(book.DefinedNames);
    }

    [Fact]
    public void Each_sheet_has_its_own_filter_over_its_rows()
    {
        var book = Write(7, rowsPerSheet: 3);

        Assert.Equal(
            [new("A1:D4", "mentions"), new("A1:D4", "mentions_2"), new("A1:D2", "mentions_3")],
            book.Filters);
    }

    [Fact]
    public void An_empty_table_filters_its_header_and_holds_no_blank_row()
    {
        var book = Write(0);

        Assert.Equal(new XlsxFile.XlsxFilter("A1:D1", null), Assert.Single(book.Filters));
        Assert.Single(book.Sheets[0].Descendants(XlsxFile.Main + "row"));
    }

    /// <summary>The workbook is valid Office Open XML, table parts included, as Excel reads it.</summary>
    [Theory]
    [InlineData(0, XlsxWorkbook.MaxDataRowsPerSheet)]
    [InlineData(5, XlsxWorkbook.MaxDataRowsPerSheet)]
    [InlineData(7, 3)]
    public void The_workbook_is_valid_open_xml(int rows, int rowsPerSheet)
    {
        var bytes = WriteBytes(rows, rowsPerSheet);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri}: {e.Description}");
        Assert.Empty(errors);
    }

    /// <summary>Standard output cannot seek back: the table's range is still written, after its rows.</summary>
    [Fact]
    public void A_workbook_written_to_a_stream_that_cannot_seek_has_its_filter()
    {
        var bytes = new MemoryStream();
        using (var workbook = new XlsxWorkbook(new ForwardOnly(bytes), "corpus", ["entity", "mentions"], header: true))
        {
            workbook.Rows.Text("Berlin");
            workbook.Rows.Number(3);
            workbook.Rows.EndRow();
            workbook.Finish();
        }

        Assert.Equal(new XlsxFile.XlsxFilter("A1:B2", "corpus"), Assert.Single(new XlsxFile(bytes.ToArray()).Filters));
    }

    [Fact]
    public void Without_a_header_nothing_is_bold_frozen_or_filtered()
    {
        var book = Write(2, header: false);

        Assert.Equal(2, book.Rows().Count);
        Assert.Equal("docs/0.txt", book.Rows()[0][0].Value);
        Assert.Empty(book.Sheets[0].Descendants(XlsxFile.Main + "pane"));
        Assert.Empty(book.Sheets[0].Descendants(XlsxFile.Main + "autoFilter"));
        Assert.Equal([null], book.Filters);
    }

    [Fact]
    public void Columns_are_as_wide_as_their_content_within_bounds()
    {
        var book = Write(3, text: new string('x', 500));

        var widths = Widths(book);
        Assert.Equal(4, widths.Length);
        Assert.Equal(60, widths[2]); // a long text column is capped
        Assert.InRange(widths[0], 13, 20); // "docs/0.txt" and a little room
        Assert.All(widths, w => Assert.InRange(w, 6, 60));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(150)]
    [InlineData(1000)]
    public void Only_the_first_rows_size_the_columns_however_the_rows_come_in_blocks(int perBlock)
    {
        // Row 199 (the 200th) counts; row 200 does not.
        var counted = Widths(Write(300, perBlock: perBlock, textOf: i => i == 199 ? new string('x', 30) : "x"));
        var ignored = Widths(Write(300, perBlock: perBlock, textOf: i => i == 200 ? new string('x', 30) : "x"));

        Assert.Equal(33, counted[2]);
        Assert.Equal(7, ignored[2]); // the header "text" and a little room
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
        Assert.Equal(1_048_576 - 1, XlsxWorkbook.MaxDataRowsPerSheet);
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
        Assert.EndsWith("y…", text);
        Assert.Equal(XlsxCellText.MaxCellChars, text.Length);
    }

    [Theory]
    [InlineData(100, false, true)] // the marker near the start: the window reaches the start
    [InlineData(20_000, true, true)] // in the middle: cut on both sides
    [InlineData(39_990, true, false)] // near the end: the window reaches the end
    public void A_cut_context_cell_keeps_its_mention_marker_and_marks_the_cut(int at, bool cutBefore, bool cutAfter)
    {
        var text = new string('a', at) + "[[Acme Corp]]" + new string('b', 40_000 - at);

        var shown = Write(1, text: text).Rows()[1][2].Value;

        Assert.Equal(XlsxCellText.MaxCellChars, shown.Length);
        Assert.Contains("[[Acme Corp]]", shown);
        Assert.Equal(cutBefore, shown.StartsWith('…'));
        Assert.Equal(cutAfter, shown.EndsWith('…'));
        if (cutBefore && cutAfter)
        {
            var marker = shown.IndexOf("[[", StringComparison.Ordinal);
            Assert.InRange(marker, 16_300, 16_400); // centred
        }
    }

    [Fact]
    public void A_long_cell_cut_next_to_a_surrogate_pair_does_not_split_it()
    {
        var text = new string('a', XlsxCellText.MaxCellChars - 2) + "\uD83D\uDE00" + new string('b', 10);

        var shown = XlsxCellText.Of(text);

        Assert.Equal(new string('a', XlsxCellText.MaxCellChars - 2) + "…", shown);
    }

    [Theory]
    [InlineData("a\rb")]
    [InlineData("a\r\nb")]
    [InlineData("\r")]
    [InlineData("line\r\n\r\nend\r")]
    [InlineData("_x000D_ is literal, as is _X00ff_ and a_x0041_b")]
    [InlineData("\r_x000D_\r")]
    [InlineData("_x00_ _xGGGG_ _x_ plain_underscore")]
    public void Carriage_returns_and_escape_like_text_survive_a_round_trip(string text)
    {
        Assert.Equal(text, Write(1, text: text).Rows()[1][2].Value);
    }

    [Fact]
    public void Text_without_carriage_returns_or_escape_like_runs_is_written_as_it_is()
    {
        const string text = "a_x b\n\t_x00D_ [[Acme]]";

        Assert.Equal(text, XlsxCellText.Of(text));
        Assert.Equal("a_x000D_b", XlsxCellText.Of("a\rb"));
        Assert.Equal("_x005F_x000D_", XlsxCellText.Of("_x000D_"));
    }

    [Fact]
    public void Unpaired_surrogates_become_the_replacement_character()
    {
        // Built here: a lone surrogate does not survive an attribute's metadata.
        var cases = new (string Text, string Shown)[]
        {
            ("a\uD800b", "a\uFFFDb"),
            ("a\uDC00", "a\uFFFD"),
            ("end\uD83D", "end\uFFFD"),
            ("\uDE00\uD83D", "\uFFFD\uFFFD"),
            ("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept"),
        };

        foreach (var (text, shown) in cases)
        {
            Assert.Equal(shown, XlsxCellText.Of(text));
            Assert.Equal(shown, Write(1, text: text).Rows()[1][2].Value);
        }
    }

    /// <summary>The slow twin: a UTF-8 round trip mends surrogates, then the cut, then XML's characters one by one.</summary>
    [Fact]
    public void Cell_text_agrees_with_a_naive_twin_on_random_text()
    {
        const int seed = 2612;
        var random = new Random(seed);
        var alphabet = "ab \u0001\u000B\t\n\uFFFE\uFFFF\uD83D\uDE00\uD800é";
        for (var n = 0; n < 2000; n++)
        {
            var length = n % 10 == 0 ? XlsxCellText.MaxCellChars - 3 + random.Next(6) : random.Next(12);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var naive = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));
            if (naive.Length > XlsxCellText.MaxCellChars)
            {
                naive = naive[..(XlsxCellText.MaxCellChars - 1)];
                naive = (char.IsHighSurrogate(naive[^1]) ? naive[..^1] : naive) + "…";
            }

            naive = new string([.. naive.Select(c => c is < ' ' and not '\t' and not '\n' and not '\r' or '\uFFFE' or '\uFFFF' ? '\uFFFD' : c)]);
            Assert.True(naive == XlsxCellText.Of(text), $"seed {seed}, case {n}: {string.Join(' ', text.Take(20).Select(c => ((int)c).ToString("X4")))}");
        }
    }

    [Theory]
    [InlineData("mentions", 1, "mentions")]
    [InlineData("mentions", 2, "mentions_2")]
    [InlineData("pairs", 12, "pairs_12")]
    [InlineData("r", 1, null)] // Excel's R1C1 row name
    [InlineData("ab1", 1, null)] // a cell reference
    [InlineData("two words", 1, null)]
    public void A_filter_table_is_named_after_its_sheet_where_excel_takes_the_name(string kind, int sheet, string? name)
    {
        Assert.Equal(name, FilterTable.NameOf(kind, sheet));
    }

    [Fact]
    public void Every_kind_of_table_names_its_filter_table()
    {
        foreach (var kind in new[] { "mentions", "tokens", "file", "corpus", "pairs", "head" })
        {
            var bytes = new MemoryStream();
            using (var workbook = new XlsxWorkbook(bytes, kind, ["a", "b"], header: true))
            {
                workbook.Rows.Text("x");
                workbook.Rows.Number(1);
                workbook.Rows.EndRow();
                workbook.Finish();
            }

            Assert.Equal(kind, Assert.Single(new XlsxFile(bytes.ToArray()).Filters)!.Table);
        }
    }

    private static double[] Widths(XlsxFile book) =>
        [.. book.Sheets[0].Descendants(XlsxFile.Main + "col").Select(c => (double)c.Attribute("width")!)];

    /// <summary>A stream that only goes forward, as standard output or a pipe.</summary>
    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
