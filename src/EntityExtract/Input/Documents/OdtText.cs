using System.IO.Compression;
using System.Xml;

namespace EntityExtract.Input.Documents;

/// <summary>
/// OpenDocument text (.odt): a zip archive whose <c>content.xml</c> holds the body. Paragraphs
/// and headings end a line (an empty one leaves a blank line); <c>text:s</c>, <c>text:tab</c> and
/// <c>text:line-break</c> are a space, a space and a line break; notes and annotations are left
/// out (they are not part of the running text).
/// </summary>
internal static class OdtText
{
    private const string TextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string OfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    public static void Extract(Stream stream, TextSink sink)
    {
        using var archive = ZipArchives.Open(stream);
        var content = archive.GetEntry("content.xml") ?? throw new DocumentFault("not an OpenDocument file (no content.xml)");
        if (archive.GetEntry("META-INF/manifest.xml") is { } manifest && IsEncrypted(manifest))
        {
            throw new DocumentFault("encrypted document (password protected); not read");
        }

        using var reader = XmlReader.Create(ZipArchives.OpenMember(content), XmlSettings.Safe);
        try
        {
            Walk(reader, sink);
        }
        catch (XmlException e)
        {
            throw new DocumentFault($"corrupt document (content.xml: {e.Message})");
        }
    }

    private static void Walk(XmlReader reader, TextSink sink)
    {
        var skipDepth = -1;
        while (reader.Read())
        {
            if (skipDepth >= 0)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == skipDepth)
                {
                    skipDepth = -1;
                }

                continue;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == TextNamespace:
                    switch (reader.LocalName)
                    {
                        case "note" or "tracked-changes":
                            skipDepth = reader.IsEmptyElement ? -1 : reader.Depth;
                            break;
                        case "s":
                            sink.Space();
                            break;
                        case "tab":
                            sink.Space();
                            break;
                        case "line-break":
                            sink.LineBreak();
                            break;
                        case "p" or "h" when reader.IsEmptyElement:
                            sink.EndParagraph();
                            break;
                    }

                    break;
                case XmlNodeType.Element when reader.NamespaceURI == OfficeNamespace && reader.LocalName == "annotation":
                    skipDepth = reader.IsEmptyElement ? -1 : reader.Depth;
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == TextNamespace && reader.LocalName is "p" or "h":
                    sink.EndParagraph();
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when reader.Depth > 0:
                    sink.Append(reader.Value);
                    break;
            }
        }
    }

    private static bool IsEncrypted(ZipArchiveEntry manifest)
    {
        using var reader = XmlReader.Create(ZipArchives.OpenMember(manifest), XmlSettings.Safe);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "encryption-data")
                {
                    return true;
                }
            }
        }
        catch (XmlException)
        {
            // A damaged manifest says nothing either way; content.xml decides.
        }

        return false;
    }
}
