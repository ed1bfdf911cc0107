using System.IO.Compression;
using System.Xml.Linq;

namespace EntityExtract.Tests.Support;

/// <summary>Reads a workbook back, as plainly as a spreadsheet would: sheets, cells, styles.</summary>
internal sealed partial class XlsxFile
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>One cell: its kind ("text", "number", "formula") and what it shows.</summary>
    public sealed record XlsxCell(string Kind, string Value, int Style);

    /// <summary>A sheet's filter: the range it covers and the table that carries it (none for a sheet auto-filter).</summary>
    public sealed record XlsxFilter(string Range, string? Table);

    public XlsxFile(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Styles = Load(zip, "xl/styles.xml");
        var workbook = Load(zip, "xl/workbook.xml");
        SheetNames = [.. workbook.Descendants(Main + "sheet").Select(s => (string)s.Attribute("name")!)];
        Sheets = [.. Enumerable.Range(1, SheetNames.Count).Select(i => Load(zip, $"xl/worksheets/sheet{i}.xml"))];
        Filters = [.. Enumerable.Range(1, SheetNames.Count).Select(i => Filter(zip, i, Sheets[i - 1]))];
        DefinedNames = [.. workbook.Descendants(Main + "definedName").Select(d => (string)d.Attribute("name")!)];
    }

    /// <summary>Each sheet's filter, or null where it has none.</summary>
    public IReadOnlyList<XlsxFilter?> Filters { get; }

    public IReadOnlyList<string> DefinedNames { get; }

    public XDocument Styles { get; }

    public IReadOnlyList<string> SheetNames { get; }

    public IReadOnlyList<XDocument> Sheets { get; }

    public List<List<XlsxCell>> Rows(int sheet = 0) =>
        [.. Sheets[sheet].Descendants(Main + "row").Select(row => row.Elements(Main + "c").Select(Cell).ToList())];

    /// <summary>True when the cell style's font is bold.</summary>
    public bool IsBold(int style)
    {
        var xf = Styles.Descendants(Main + "cellXfs").Elements(Main + "xf").ElementAt(style);
        var font = Styles.Descendants(Main + "fonts").Elements(Main + "font").ElementAt((int?)xf.Attribute("fontId") ?? 0);
        return font.Element(Main + "b") is not null;
    }

    private static XlsxCell Cell(XElement c)
    {
        var style = (int?)c.Attribute("s") ?? 0;
        if (c.Element(Main + "f") is { } formula)
        {
            return new XlsxCell("formula", formula.Value, style);
        }

        return (string?)c.Attribute("t") switch
        {
            "inlineStr" => new XlsxCell("text", Unescape(string.Concat(c.Element(Main + "is")!.Descendants(Main + "t").Select(t => t.Value))), style),
            "s" or "str" => new XlsxCell("text", Unescape(c.Element(Main + "v")!.Value), style),
            null or "n" => new XlsxCell("number", c.Element(Main + "v")!.Value, style),
            var other => new XlsxCell(other!, c.Value, style),
        };
    }

    /// <summary>Decodes <c>_xHHHH_</c> escapes (a carriage return is <c>_x000D_</c>), as spreadsheets do.</summary>
    private static string Unescape(string text) =>
        EscapeRun().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    [System.Text.RegularExpressions.GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial System.Text.RegularExpressions.Regex EscapeRun();

    /// <summary>The sheet's own auto-filter, or the one of a table the sheet's relationships point to.</summary>
    private static XlsxFilter? Filter(ZipArchive zip, int number, XDocument sheet)
    {
        if (sheet.Descendants(Main + "autoFilter").SingleOrDefault() is { } own)
        {
            return new XlsxFilter((string)own.Attribute("ref")!, null);
        }

        if (zip.GetEntry($"xl/worksheets/_rels/sheet{number}.xml.rels") is null)
        {
            return null;
        }

        XNamespace package = "http://schemas.openxmlformats.org/package/2006/relationships";
        var tables = Load(zip, $"xl/worksheets/_rels/sheet{number}.xml.rels").Descendants(package + "Relationship")
            .Where(r => ((string)r.Attribute("Type")!).EndsWith("/table", StringComparison.Ordinal))
            .Select(r => Load(zip, "xl/" + ((string)r.Attribute("Target")!).Replace("../", string.Empty, StringComparison.Ordinal)).Root!)
            .ToList();
        var table = tables.SingleOrDefault(t => t.Element(Main + "autoFilter") is not null);
        return table is null ? null : new XlsxFilter((string)table.Element(Main + "autoFilter")!.Attribute("ref")!, (string)table.Attribute("name")!);
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
