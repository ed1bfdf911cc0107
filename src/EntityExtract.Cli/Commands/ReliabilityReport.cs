using System.Globalization;
using System.Text;
using EntityExtract.Tagging.Calibration;

namespace EntityExtract.Cli.Commands;

/// <summary>The reliability table as <c>eval --reliability</c> prints it.</summary>
internal static class ReliabilityReport
{
    public static string Format(IReadOnlyList<ReliabilityBin> bins)
    {
        var text = new StringBuilder("confidence   mentions  mean score  correct\n");
        foreach (var bin in bins)
        {
            text.Append(CultureInfo.InvariantCulture, $"{bin.Low:0.0}-{bin.High:0.0}   {bin.Count,8}  {bin.MeanConfidence,10:0.000}  {bin.Accuracy,7:0.000}\n");
        }

        return text.ToString();
    }
}
