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

        foreach (var match in _matcher.Match(rootFullPath, relativePaths).Files)
        {
            kept.Add(match.Path.Replace('\\', '/'));
        }

        return kept;
    }
}
