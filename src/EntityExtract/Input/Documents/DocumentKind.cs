namespace EntityExtract.Input.Documents;

/// <summary>The document formats read as text, told by the file's extension.</summary>
public enum DocumentKind
{
    Pdf,
    Docx,
    Odt,
    Html,
    Eml,
}
