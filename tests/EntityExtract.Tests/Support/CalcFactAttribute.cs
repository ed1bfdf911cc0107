namespace EntityExtract.Tests.Support;

/// <summary>
/// A fact that opens a workbook in a real LibreOffice Calc (<see cref="LibreOfficeCalc"/>). Where
/// Calc is absent the test is skipped with a reason, never passed unchecked; <c>.ci/spreadsheet-check</c>
/// installs it.
/// </summary>
public sealed class CalcFactAttribute : FactAttribute
{
    public CalcFactAttribute()
    {
        if (LibreOfficeCalc.Missing is { } reason)
        {
            Skip = reason;
        }
    }
}
