namespace EntityExtract.Input;

/// <summary>
/// A folder argument that holds files of which the include patterns took none: the run would
/// otherwise end with a header and "0 files" and no word of why.
/// </summary>
/// <param name="DisplayPath">The folder as given on the command line.</param>
/// <param name="Files">How many files it holds (not counting those in folders not walked).</param>
/// <param name="Extensions">The most common extensions among them, most common first, with counts;
/// an empty extension is a file without one.</param>
public sealed record SkippedFolder(string DisplayPath, int Files, IReadOnlyList<KeyValuePair<string, int>> Extensions)
{
    /// <summary>The warning for the user, naming <c>--include</c> with the most common extension.</summary>
    public string Warning
    {
        get
        {
            var kinds = string.Join(", ", Extensions.Take(5).Select(e => $"{e.Value} {(e.Key.Length == 0 ? "without extension" : e.Key)}"));
            var more = Extensions.Count > 5 ? ", ..." : string.Empty;
            var example = Extensions.FirstOrDefault(e => e.Key.Length > 0).Key is { } top ? $"'**/*{top}'" : "'**/*'";
            return $"all {Files} files skipped ({kinds}{more}), none matching the include patterns; choose files with --include, e.g. --include {example}";
        }
    }
}
