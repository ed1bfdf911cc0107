namespace EntityExtract.Input;

/// <summary>
/// Walks one folder argument: lists every file under it, then keeps those the patterns
/// select. Folders are listed one at a time so that an unreadable one becomes a problem for
/// that folder alone and the walk goes on.
/// </summary>
internal sealed partial class FolderWalk
{
    private readonly string _argument;
    private readonly string _rootFullPath;
    private readonly bool _followLinks;
    private readonly WalkCollector _collector;
    private readonly CancellationToken _cancellation;

    // Real paths of folders already walked; only needed when links can lead back into the tree.
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

    // Folders reached without passing a link are walked before those reached through one, so
    // a folder that can be reached both ways keeps the path it has in the tree.
    private readonly Stack<Folder> _plain = new();
    private readonly Stack<Folder> _linked = new();

    // One folder's files at a time go through the patterns, so a walk holds no list of every
    // name it has seen: only the files it keeps.
    private readonly List<string> _folderFiles = [];
    private readonly WalkedFolder _folder;
    private GlobFilter? _filter;

    // Files listed and taken, and the extensions of those left, for the warning about a folder
    // whose files the patterns all passed over.
    private int _listed;
    private int _taken;
    private readonly Dictionary<string, int> _leftExtensions = new(StringComparer.Ordinal);
    private const int MaxExtensionsCounted = 64;

    public FolderWalk(string argument, string rootFullPath, bool followLinks, WalkCollector collector, CancellationToken cancellation)
    {
        _argument = argument;
        _rootFullPath = rootFullPath;
        _folder = new WalkedFolder(argument, rootFullPath);
        _followLinks = followLinks;
        _collector = collector;
        _cancellation = cancellation;
    }

    /// <summary>A folder waiting to be listed.</summary>
    /// <param name="RealPath">The folder with all links resolved, or null when not following links.</param>
    private readonly record struct Folder(string FullPath, string RelativePath, string? RealPath, int Depth);

    public void Run(GlobFilter filter)
    {
        _filter = filter;
        var rootReal = _followLinks ? TryResolve(_rootFullPath, string.Empty) : null;
        if (_followLinks && rootReal is null)
        {
            return;
        }

        _plain.Push(new Folder(_rootFullPath, string.Empty, rootReal, 0));
        while (_plain.TryPop(out var folder) || _linked.TryPop(out folder))
        {
            _cancellation.ThrowIfCancellationRequested();

            // Checked when taken, not when found, so that a plain folder found later still
            // beats a link to it found earlier.
            if (folder.RealPath is null || _visited.Add(folder.RealPath))
            {
                ListFolder(folder);
            }
        }

        if (_listed > 0 && _taken == 0)
        {
            var extensions = _leftExtensions.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).ToArray();
            _collector.AddSkipped(new SkippedFolder(_argument, _listed, extensions));
        }
    }

    private void KeepMatchingFiles()
    {
        if (_folderFiles.Count == 0)
        {
            return;
        }

        var kept = _filter!.Keep(_rootFullPath, _folderFiles);
        foreach (var relative in kept)
        {
            // A name that is not valid UTF-8 is shown with \xHH escapes and opened by its bytes.
            _collector.AddFile(RawNames.HasRawBytes(relative)
                ? new InputFile(RawNames.Show(_folder.DisplayPathOf(relative)), Path.Join(_rootFullPath, relative))
                : new InputFile(_folder, _folder.DisplayPathOf(relative)));
        }

        _listed += _folderFiles.Count;
        _taken += kept.Count;
        if (_taken == 0)
        {
            foreach (var relative in _folderFiles)
            {
                var extension = Path.GetExtension(relative).ToLowerInvariant();
                if (_leftExtensions.Count < MaxExtensionsCounted || _leftExtensions.ContainsKey(extension))
                {
                    _leftExtensions[extension] = _leftExtensions.GetValueOrDefault(extension) + 1;
                }
            }
        }

        _folderFiles.Clear();
    }

    private void Report(string relativePath, string reason) =>
        _collector.AddProblem(new InputProblem(
            relativePath.Length == 0 ? _argument : DisplayPath.Join(_argument, relativePath), reason));

    /// <summary>Resolves links in a path, reporting failure (such as a link loop) as a problem.</summary>
    private string? TryResolve(string fullPath, string relativePath)
    {
        try
        {
            return RealPath.Resolve(fullPath);
        }
        catch (Exception e) when (ProblemReasons.IsInputFailure(e))
        {
            Report(relativePath, ProblemReasons.From(e, isFolder: true));
            return null;
        }
    }
}
