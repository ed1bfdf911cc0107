namespace EntityExtract.Input;

/// <summary>
/// Gathers what the walk finds and puts it in a fixed order, so the result never depends on
/// the order the file system listed things in or the order the arguments were given.
/// </summary>
internal sealed class WalkCollector
{
    private const string StdinKey = "\0stdin";

    private readonly Dictionary<string, InputFile> _filesByFullPath = new(StringComparer.Ordinal);
    private readonly List<string> _missing = [];
    private readonly HashSet<string> _missingSeen = new(StringComparer.Ordinal);
    private readonly HashSet<InputProblem> _problems = [];

    /// <summary>
    /// Adds a file, merging it with an earlier one at the same full path. The merged file keeps
    /// the smaller display path (so the winner does not depend on argument order) and is
    /// explicit if either was, since a file the user named is always read.
    /// </summary>
    public void AddFile(InputFile file)
    {
        var key = file.FullPath ?? StdinKey;
        if (!_filesByFullPath.TryGetValue(key, out var earlier))
        {
            _filesByFullPath.Add(key, file);
            return;
        }

        var kept = string.CompareOrdinal(file.DisplayPath, earlier.DisplayPath) < 0 ? file : earlier;
        _filesByFullPath[key] = kept with { IsExplicit = file.IsExplicit || earlier.IsExplicit };
    }

    public void AddMissing(string argument)
    {
        if (_missingSeen.Add(argument))
        {
            _missing.Add(argument);
        }
    }

    public void AddProblem(InputProblem problem) => _problems.Add(problem);

    public WalkResult ToResult()
    {
        var files = _filesByFullPath.Values
            .OrderBy(f => f.DisplayPath, StringComparer.Ordinal)
            .ThenBy(f => f.FullPath, StringComparer.Ordinal)
            .ToArray();
        var problems = _problems
            .OrderBy(p => p.DisplayPath, StringComparer.Ordinal)
            .ThenBy(p => p.Reason, StringComparer.Ordinal)
            .ToArray();
        return new WalkResult(files, _missing.ToArray(), problems);
    }
}
