namespace EntityExtract.Input;

/// <summary>
/// Where a pattern matches, as in <c>.gitignore</c> and ripgrep's <c>-g</c>: one without a slash
/// (<c>*.md</c>, <c>draft-*</c>) matches a file's name at any depth; one with a slash is relative
/// to the folder walked, and a leading slash only says so (<c>/notes.txt</c> is the top-level
/// file). The matcher itself knows only the relative form, so the first becomes <c>**/</c> + it.
/// </summary>
internal static class GlobDepth
{
    public static string Anchor(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.StartsWith('/'))
        {
            return pattern.TrimStart('/');
        }

        // A backslash is a separator too (Windows habits), so "docs\*.md" stays anchored.
        return pattern.AsSpan().IndexOfAny('/', '\\') < 0 ? "**/" + pattern : pattern;
    }
}
