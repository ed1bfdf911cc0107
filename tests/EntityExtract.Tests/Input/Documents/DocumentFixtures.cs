using System.IO.Compression;
using System.Text;
using EntityExtract.Tests.Support;
using MimeKit;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EntityExtract.Tests.Input.Documents;

/// <summary>
/// The documents the tests read: the seed articles as LibreOffice wrote them (committed under
/// Fixtures/, see its README), and documents from other producers made here with the same
/// libraries the tool reads them with.
/// </summary>
internal static class DocumentFixtures
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "EntityExtract.Tests", "Input", "Documents", "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static IEnumerable<string> Articles => ["berlin-summit", "football-report", "tech-earnings", "un-climate"];

    /// <summary>A PDF whose pages each hold the given lines of text (Helvetica, top to bottom).</summary>
    public static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 11, new PdfPoint(50, 780 - (i * 16)), font);
            }

            if (lines.Length == 0)
            {
                page.DrawRectangle(new PdfPoint(50, 50), 200, 300); // a picture, no text
            }
        }

        return builder.Build();
    }

    /// <summary>An e-mail with a subject and, as asked, a plain-text part, an HTML part or both.</summary>
    public static byte[] Eml(string subject, string? text, string? html)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Desk", "desk@example.com"));
        message.To.Add(new MailboxAddress("Reader", "reader@example.com"));
        message.Subject = subject;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// A well-formed .docx whose main part inflates to <paramref name="inflatedBytes"/> of XML
    /// from a few hundred kilobytes: a zip bomb as a word processor would open it.
    /// </summary>
    public static byte[] DocxBomb(long inflatedBytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Member(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Member(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal);
            using var body = entry.Open();
            body.Write("""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Angela Merkel</w:t></w:r></w:p>"""u8);
            var empty = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<w:p/>", 10_000)));
            for (long written = 0; written < inflatedBytes; written += empty.Length)
            {
                body.Write(empty);
            }

            body.Write("</w:body></w:document>"u8);
        }

        return stream.ToArray();
    }

    private static void Member(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
