using System.Globalization;

namespace EntityExtract.Output;

/// <summary>The one way a score is written in every format: two decimals, invariant culture.</summary>
public static class ScoreText
{
    public static double Round(float value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static string Format(float value) => Round(value).ToString("0.00", CultureInfo.InvariantCulture);
}
