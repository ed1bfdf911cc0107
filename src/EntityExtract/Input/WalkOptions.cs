namespace EntityExtract.Input;

/// <summary>How folders named on the command line are walked.</summary>
public sealed record WalkOptions
{
    /// <summary>The include pattern used when the user gives none.</summary>
    public const string DefaultInclude = "**/*.txt";

    /// <summary>
    /// Glob patterns, relative to the folder given, that a walked file must match. Giving any
    /// replaces the default. Matching is case-sensitive on every platform so that the same
    /// command selects the same files everywhere.
    /// </summary>
    public IReadOnlyList<string> Include { get; init; } = [DefaultInclude];

    /// <summary>Glob patterns, relative to the folder given, that remove walked files.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>
    /// Whether symbolic links to folders are walked into. Links to files are always read.
    /// </summary>
    public bool FollowLinks { get; init; }
}
