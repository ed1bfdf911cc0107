using System.Globalization;

namespace EntityExtract.Output;

/// <summary>
/// The one way a score is written in every format: rounded to two decimals, then in its shortest
/// invariant form (0.87, 0.5, 1). Never three decimals, which a German-locale spreadsheet reads as
/// thousands (0.873 → 873); never trailing zeros, which a spreadsheet drops on import.
/// </summary>
public static class ScoreText
{
    /// <summary>The .NET format of a rounded score: at most two decimals, no trailing zeros.</summary>
    public const string Pattern = "0.##";

    public static double Round(float value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static string Format(float value) => Round(value).ToString(Pattern, CultureInfo.InvariantCulture);
}
