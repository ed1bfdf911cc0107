namespace EntityExtract.Input;

/// <summary>How folders named on the command line are walked.</summary>
public sealed record WalkOptions
{
    /// <summary>The include patterns used when the user gives none: plain text and Markdown.</summary>
    public static readonly IReadOnlyList<string> DefaultInclude = ["**/*.txt", "**/*.text", "**/*.md"];

    /// <summary>
    /// Glob patterns, relative to the folder given (one without a slash matches at any depth,
    /// <see cref="GlobDepth"/>), that a walked file must match. Giving any
    /// replaces the default. Matching ignores case on every platform, so <c>*.txt</c> takes
    /// <c>REPORT.TXT</c> and the same command selects the same files everywhere.
    /// </summary>
    public IReadOnlyList<string> Include { get; init; } = DefaultInclude;

    /// <summary>Glob patterns, relative to the folder given, that remove walked files.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>
    /// Whether symbolic links to folders are walked into. Links to files are always read.
    /// </summary>
    public bool FollowLinks { get; init; }
}
