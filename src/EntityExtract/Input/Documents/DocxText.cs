using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace EntityExtract.Input.Documents;

/// <summary>
/// Word (.docx) through the Open XML SDK: the main document part's running text. A paragraph
/// ends a line (an empty one leaves a blank line); <c>w:tab</c> is a space, <c>w:br</c> and
/// <c>w:cr</c> a line break. Headers, footers, footnotes and comments are other parts and are
/// not read; deleted text of tracked changes is not text (<c>w:delText</c>).
/// </summary>
internal static class DocxText
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static void Extract(Stream stream, TextSink sink)
    {
        using var document = Open(stream);
        var part = document.MainDocumentPart ?? throw new DocumentFault("not a Word document (no main document part)");
        using var reader = XmlReader.Create(new BoundedStream(part.GetStream(FileMode.Open, FileAccess.Read), DocumentLimits.MaxMemberBytes, part.Uri.ToString().TrimStart('/')), XmlSettings.Safe);
        try
        {
            Walk(reader, sink);
        }
        catch (XmlException e)
        {
            throw new DocumentFault($"corrupt document ({e.Message})");
        }
    }

    private static WordprocessingDocument Open(Stream stream)
    {
        try
        {
            return WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { AutoSave = false });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException or ArgumentException)
        {
            throw new DocumentFault($"corrupt or truncated Word document ({e.Message})");
        }
    }

    private static void Walk(XmlReader reader, TextSink sink)
    {
        var inText = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    sink.Append(reader.Value, collapse: false);
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == Word:
                    switch (reader.LocalName)
                    {
                        case "t":
                            inText = !reader.IsEmptyElement;
                            break;
                        case "tab" or "ptab":
                            sink.Space();
                            break;
                        case "br" or "cr":
                            sink.LineBreak();
                            break;
                        case "noBreakHyphen":
                            sink.Append("-");
                            break;
                        case "p" when reader.IsEmptyElement:
                            sink.EndParagraph();
                            break;
                    }

                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == Word:
                    if (reader.LocalName == "t")
                    {
                        inText = false;
                    }
                    else if (reader.LocalName == "p")
                    {
                        sink.EndParagraph();
                    }

                    break;
            }
        }
    }
}
