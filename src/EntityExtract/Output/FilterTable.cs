using SpreadCheetah.Tables;

namespace EntityExtract.Output;

/// <summary>
/// The Excel table that carries a workbook sheet's filter: no style, so the sheet looks as a plain
/// one does (bold header, no banding), and named after its sheet (<c>mentions</c>, <c>mentions_2</c>,
/// ...) so that formulas can say <c>mentions[type]</c>; LibreOffice shows it as a database range of
/// that name.
/// </summary>
internal static class FilterTable
{
    /// <param name="kind">The table's kind, which names the first sheet.</param>
    /// <param name="sheet">The sheet's number, from 1.</param>
    public static Table For(string kind, int sheet) => new(TableStyle.None, NameOf(kind, sheet)) { BandedRows = false };

    /// <summary>
    /// The kind (with <c>_2</c>, <c>_3</c>, ... after the first sheet) where it is a name Excel takes;
    /// otherwise none, and SpreadCheetah numbers the tables (<c>Table1</c>, ...). Letters alone, two or
    /// more, are never a cell reference nor Excel's reserved <c>R</c> and <c>C</c>.
    /// </summary>
    internal static string? NameOf(string kind, int sheet)
    {
        if (kind.Length < 2 || !kind.All(char.IsAsciiLetter))
        {
            return null;
        }

        return sheet == 1 ? kind : $"{kind}_{sheet}";
    }
}
