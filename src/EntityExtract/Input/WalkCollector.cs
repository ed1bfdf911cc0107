namespace EntityExtract.Input;

/// <summary>
/// Gathers what the walk finds and puts it in a fixed order, so the result never depends on
/// the order the file system listed things in or the order the arguments were given.
/// </summary>
/// <param name="mayRepeat">
/// Whether one file can be reached twice (several arguments, such as <c>docs docs/a.txt</c>).
/// Only then are files merged by full path; a single folder, however large, costs one string
/// per file.
/// </param>
internal sealed class WalkCollector(bool mayRepeat)
{
    private const string StdinKey = "\0stdin";

    private readonly List<InputFile> _files = [];
    private readonly List<string> _missing = [];
    private readonly HashSet<string> _missingSeen = new(StringComparer.Ordinal);
    private readonly HashSet<InputProblem> _problems = [];
    private readonly List<SkippedFolder> _skipped = [];

    public void AddFile(InputFile file) => _files.Add(file);

    public void AddMissing(string argument)
    {
        if (_missingSeen.Add(argument))
        {
            _missing.Add(argument);
        }
    }

    public void AddProblem(InputProblem problem) => _problems.Add(problem);

    public void AddSkipped(SkippedFolder folder) => _skipped.Add(folder);

    public WalkResult ToResult()
    {
        var files = mayRepeat ? Merged(_files) : [.. _files];
        _files.Clear();
        Array.Sort(files, static (a, b) =>
        {
            var order = string.CompareOrdinal(a.DisplayPath, b.DisplayPath);
            return order != 0 ? order : string.CompareOrdinal(a.FullPath, b.FullPath);
        });
        var problems = _problems
            .OrderBy(p => p.DisplayPath, StringComparer.Ordinal)
            .ThenBy(p => p.Reason, StringComparer.Ordinal)
            .ToArray();
        return new WalkResult(files, _missing.ToArray(), problems) { SkippedFolders = [.. _skipped] };
    }

    /// <summary>
    /// One entry per full path. The merged file keeps the smaller display path (so the winner
    /// does not depend on argument order) and is explicit if either was, since a file the user
    /// named is always read.
    /// </summary>
    private static InputFile[] Merged(List<InputFile> found)
    {
        var byFullPath = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var file in found)
        {
            var key = file.FullPath ?? StdinKey;
            if (!byFullPath.TryGetValue(key, out var earlier))
            {
                byFullPath.Add(key, file);
                continue;
            }

            var kept = string.CompareOrdinal(file.DisplayPath, earlier.DisplayPath) < 0 ? file : earlier;
            byFullPath[key] = kept with { IsExplicit = file.IsExplicit || earlier.IsExplicit };
        }

        return [.. byFullPath.Values];
    }
}
