namespace EntityExtract.Input;

/// <summary>What walking the command-line paths found.</summary>
public sealed class WalkResult
{
    public WalkResult(
        IReadOnlyList<InputFile> files,
        IReadOnlyList<string> missingPaths,
        IReadOnlyList<InputProblem> problems)
    {
        Files = files;
        MissingPaths = missingPaths;
        Problems = problems;
    }

    /// <summary>Files to read, each once, in ordinal order of their display path.</summary>
    public IReadOnlyList<InputFile> Files { get; }

    /// <summary>
    /// Arguments that do not exist, in the order given. Kept apart from <see cref="Problems"/>
    /// because a missing argument is a usage error: the caller stops before doing any work.
    /// </summary>
    public IReadOnlyList<string> MissingPaths { get; }

    /// <summary>Folders or files that exist but could not be walked, in display-path order.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>Folder arguments holding files of which the patterns took none, in the order given.</summary>
    public IReadOnlyList<SkippedFolder> SkippedFolders { get; init; } = [];
}
