using System.Globalization;
using EntityExtract.Pipeline;

namespace EntityExtract.Cli.Terminal;

/// <summary>The one-line summary printed on stderr at the end of a run.</summary>
internal static class SummaryText
{
    public static string Of(RunSummary summary) => string.Create(
        CultureInfo.InvariantCulture,
        $"{summary.Files} files, {summary.Bytes} bytes, {summary.Tokens} tokens, {summary.Rows} rows, {summary.FilesFailed} failed, {summary.Elapsed.TotalSeconds:0.00} s");
}
