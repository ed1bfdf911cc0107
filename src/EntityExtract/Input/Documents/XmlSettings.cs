using System.Xml;

namespace EntityExtract.Input.Documents;

/// <summary>How every document's XML is read: no DTDs (no entity expansion bombs), no external resources.</summary>
internal static class XmlSettings
{
    public static XmlReaderSettings Safe { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };
}
