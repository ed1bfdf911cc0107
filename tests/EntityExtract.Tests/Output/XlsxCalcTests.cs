using EntityExtract.Output;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Output;

/// <summary>
/// Workbooks opened in a real LibreOffice Calc: it shows the filter buttons, over every row of
/// every sheet. (A sheet auto-filter without the workbook's <c>_xlnm._FilterDatabase</c> name, as
/// SpreadCheetah writes one, gets none there.)
/// </summary>
public sealed class XlsxCalcTests
{
    [CalcFact]
    [Trait("Category", "Slow")]
    public void Calc_shows_filter_buttons_over_every_row_of_every_sheet()
    {
        using var folder = new TempFolder();
        var sheets = Write(folder.Combine("sheets.xlsx"), rows: 7, rowsPerSheet: 3);
        var tall = Write(folder.Combine("long.xlsx"), rows: XlsxWorkbook.RowsForWidths + 50, rowsPerSheet: XlsxWorkbook.MaxDataRowsPerSheet);

        var contents = LibreOfficeCalc.SaveAsOds(sheets, tall);

        string[] sheetRanges = ["mentions.A1:mentions.C4", "'mentions 2'.A1:'mentions 2'.C4", "'mentions 3'.A1:'mentions 3'.C2"];
        Assert.Equal(sheetRanges.Order(StringComparer.Ordinal), LibreOfficeCalc.FilterButtonRanges(contents[0]).Order(StringComparer.Ordinal));
        Assert.Equal(["mentions.A1:mentions.C251"], LibreOfficeCalc.FilterButtonRanges(contents[1]));
    }

    private static string Write(string path, int rows, int rowsPerSheet)
    {
        using var file = File.Create(path);
        using var workbook = new XlsxWorkbook(file, "mentions", ["file", "line", "text"], header: true, rowsPerSheet);
        for (var i = 0; i < rows; i++)
        {
            workbook.Rows.Text($"docs/{i}.txt");
            workbook.Rows.Number(i + 1);
            workbook.Rows.Text(i % 2 == 0 ? "Berlin" : "Paris");
            workbook.Rows.EndRow();
        }

        workbook.Finish();
        return path;
    }
}
