using System.Globalization;
using EntityExtract.Pipeline;

namespace EntityExtract.Cli.Terminal;

/// <summary>The one-line summary printed on stderr at the end of a run.</summary>
internal static class SummaryText
{
    public static string Of(RunSummary summary) => string.Create(
        CultureInfo.InvariantCulture,
        $"{summary.Files} files, {summary.Bytes} bytes, {summary.Tokens} tokens, {summary.Rows} rows, {summary.FilesFailed} failed{OtherLanguage(summary)}, {summary.Elapsed.TotalSeconds:0.00} s");

    /// <summary>Said only when there are some, so that the line of an English run stays as it was.</summary>
    private static string OtherLanguage(RunSummary summary) =>
        summary.FilesOtherLanguage > 0 ? $", {summary.FilesOtherLanguage} not in English (not tagged)" : string.Empty;
}
