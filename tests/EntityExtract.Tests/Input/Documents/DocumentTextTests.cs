using EntityExtract.Input;
using EntityExtract.Input.Documents;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input.Documents;

/// <summary>What each format's text is: the words a reader sees, in order, with line and paragraph ends.</summary>
public sealed class DocumentTextTests
{
    [Fact]
    public void Html_gives_the_visible_text_with_entities_decoded_and_blocks_as_lines()
    {
        var text = Extract("page.html", """
            <!DOCTYPE html><html><head><title>Ignored</title><style>p { color: red }</style>
            <script>var Obama = "Barack";</script></head>
            <body><h1>Merkel &amp; Macron</h1><p>Angela   Merkel met
            Emmanuel&nbsp;Macron.</p><div hidden>Hidden Person</div><ul><li>Paris</li><li>Berlin</li></ul>
            <noscript>No Script</noscript><table><tr><td>Mark</td><td>Rutte</td></tr></table><pre>a
              b</pre></body></html>
            """u8.ToArray());

        Assert.Equal("Merkel & Macron\n\nAngela Merkel met Emmanuel Macron.\n\nParis\n\nBerlin\n\nMark Rutte\n\na\nb", text);
    }

    [Fact]
    public void An_email_without_a_text_part_gives_its_subject_and_html_text()
    {
        var text = Extract("mail.eml", DocumentFixtures.Eml("Summit in Berlin", null, "<p>Angela Merkel met <b>Emmanuel Macron</b>.</p><script>x()</script>"));

        Assert.Equal("Summit in Berlin\n\nAngela Merkel met Emmanuel Macron.", text);
    }

    [Fact]
    public void An_email_with_a_text_part_gives_that_part()
    {
        var text = Extract("mail.eml", DocumentFixtures.Eml("Summit", "Angela Merkel\nmet Macron.\n", "<p>HTML version</p>"));

        Assert.Equal("Summit\n\nAngela Merkel\nmet Macron.", text);
    }

    [Fact]
    public void A_pdf_gives_its_pages_as_paragraphs_and_joins_wrapped_lines()
    {
        var text = Extract("a.pdf", DocumentFixtures.Pdf(["Angela Merkel met", "Emmanuel Macron."], ["Page two."]));

        Assert.Equal("Angela Merkel met Emmanuel Macron.\n\nPage two.", text);
    }

    [Fact]
    public void A_word_document_keeps_its_lines_and_blank_lines()
    {
        var text = Extract("b.docx", File.ReadAllBytes(DocumentFixtures.PathOf("berlin-summit.docx")));

        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Samples, "berlin-summit.txt")).TrimEnd('\n'), text);
    }

    [Fact]
    public void An_opendocument_text_keeps_its_lines_and_blank_lines()
    {
        var text = Extract("b.odt", File.ReadAllBytes(DocumentFixtures.PathOf("berlin-summit.odt")));

        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Samples, "berlin-summit.txt")).TrimEnd('\n'), text);
    }

    [Fact]
    public void A_zip_bomb_is_refused_without_inflating_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("bomb.docx", DocumentFixtures.DocxBomb(1024L * 1024 * 1024));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var extracted = DocumentReader.Extract(new InputFile("bomb.docx", path), DocumentKind.Docx, null, CancellationToken.None);

        Assert.Equal("word/document.xml expands past 64 MiB (a zip bomb?); not read", extracted.Problem?.Reason);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L * 1024 * 1024, "allocated more than the bomb's limit");
    }

    [Fact]
    public void Page_numbers_come_from_offsets_and_empty_pages_hold_nothing()
    {
        var pages = new PageMap([0, 10, 10, 25]);

        Assert.Equal(1, pages.PageAt(0));
        Assert.Equal(1, pages.PageAt(9));
        Assert.Equal(3, pages.PageAt(10));
        Assert.Equal(4, pages.PageAt(30));
    }

    [Fact]
    public void A_long_document_is_cut_into_pieces_with_positions_that_continue()
    {
        using var folder = new TempFolder();
        var paragraph = string.Concat(Enumerable.Repeat("Angela Merkel met Emmanuel Macron in Paris. ", 40));
        var html = "<html><body>" + string.Concat(Enumerable.Repeat($"<p>{paragraph}</p>", 400)) + "</body></html>";
        var path = folder.File("long.html", html);

        var pieces = DocumentReader.Read(new InputFile("long.html", path), DocumentKind.Html, null, CancellationToken.None).Select(o => o.Piece!).ToList();

        Assert.True(pieces.Count > 1);
        Assert.True(pieces[^1].IsLast);
        Assert.Equal(pieces[0].Origin.Advance(pieces[0].Text), pieces[1].Origin);
        Assert.All(pieces, p => Assert.True(p.Text.Length <= InputLimits.PieceChars));
    }

    private static string Extract(string name, byte[] bytes)
    {
        using var folder = new TempFolder();
        var path = folder.File(name, bytes);
        var extracted = DocumentReader.Extract(new InputFile(name, path), DocumentKinds.Of(name)!.Value, null, CancellationToken.None);
        Assert.Null(extracted.Problem);
        return extracted.Text!;
    }
}
