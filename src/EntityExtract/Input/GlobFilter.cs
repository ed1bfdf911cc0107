using Microsoft.Extensions.FileSystemGlobbing;

namespace EntityExtract.Input;

/// <summary>Applies the include and exclude patterns to the files found under one folder.</summary>
internal sealed class GlobFilter
{
    private readonly Matcher _matcher;

    public GlobFilter(WalkOptions options)
    {
        // Case-insensitive, and the same on every platform: .txt and .TXT are both text.
        _matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        foreach (var pattern in options.Include)
        {
            _matcher.AddInclude(GlobDepth.Anchor(pattern));
        }

        foreach (var pattern in options.Exclude)
        {
            _matcher.AddExclude(GlobDepth.Anchor(pattern));
        }
    }

    /// <summary>
    /// Returns the relative paths (using <c>/</c>) that the patterns keep. The files were
    /// listed by the walker, which decides about links and unreadable folders itself; the
    /// matcher only sees names.
    /// </summary>
    public HashSet<string> Keep(string rootFullPath, IReadOnlyCollection<string> relativePaths)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        if (relativePaths.Count == 0)
        {
            return kept;
        }

        if (!OperatingSystem.IsWindows() && relativePaths.Any(static p => p.Contains('\\', StringComparison.Ordinal)))
        {
            return KeepWithBackslashes(rootFullPath, relativePaths, kept);
        }

        foreach (var match in _matcher.Match(rootFullPath, relativePaths).Files)
        {
            kept.Add(OperatingSystem.IsWindows() ? match.Path.Replace('\\', '/') : match.Path);
        }

        return kept;
    }

    /// <summary>
    /// The matcher reads <c>\</c> as a folder separator, as on Windows; elsewhere it is a
    /// character like any other (<c>a\b.txt</c> is one file, not <c>a/b.txt</c>). Such names go
    /// to the matcher with a stand-in character and come back as they were listed.
    /// </summary>
    private HashSet<string> KeepWithBackslashes(string rootFullPath, IReadOnlyCollection<string> relativePaths, HashSet<string> kept)
    {
        const char StandIn = '\uE000';
        var listed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in relativePaths)
        {
            var seen = path.Replace('\\', StandIn);
            if (!listed.TryGetValue(seen, out var originals))
            {
                listed[seen] = originals = [];
            }

            originals.Add(path);
        }

        foreach (var match in _matcher.Match(rootFullPath, listed.Keys).Files)
        {
            if (listed.TryGetValue(match.Path, out var originals))
            {
                kept.UnionWith(originals);
            }
        }

        return kept;
    }
}
