namespace EntityExtract.Input;

/// <summary>Builds the paths users see: the argument as they typed it plus <c>/</c> and the rest.</summary>
internal static class DisplayPath
{
    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]; // on Linux a backslash is part of a name

    /// <summary>
    /// Joins a folder argument and a relative path with <c>/</c>, without doubling a separator
    /// the user typed (<c>docs/</c> and <c>docs</c> both give <c>docs/a.txt</c>).
    /// </summary>
    public static string Join(string folderArgument, string relativePath)
    {
        var trimmed = folderArgument.TrimEnd(Separators);
        if (trimmed.Length == 0 && folderArgument.Length > 0)
        {
            // The argument was a root such as "/": keep it whole.
            return folderArgument + relativePath;
        }

        return trimmed + "/" + relativePath;
    }
}
