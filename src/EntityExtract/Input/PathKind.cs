namespace EntityExtract.Input;

/// <summary>Sorts a command-line argument into file, folder, missing or unreadable.</summary>
internal static class PathKind
{
    public enum Kind { Missing, Unreadable, File, Folder }

    public static (Kind Kind, string? FullPath, string? Reason) Of(string argument)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(argument);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Empty, or characters no path can hold: nothing by that name can exist.
            return (Kind.Missing, null, null);
        }
        catch (Exception e) when (ProblemReasons.IsInputFailure(e))
        {
            return (Kind.Unreadable, null, ProblemReasons.From(e));
        }

        if (RawNames.Supported && RawNames.HasRawBytes(fullPath))
        {
            // A name that is not UTF-8 (see RawPaths): .NET's file calls cannot reach it.
            return RawNames.IsFolder(fullPath) switch
            {
                true => (Kind.Folder, fullPath, null),
                false => (Kind.File, fullPath, null),
                null => (Kind.Missing, fullPath, null),
            };
        }

        try
        {
            // Follows links; a broken link still "exists" and is taken as a file, so reading
            // it reports the broken link rather than calling the argument missing.
            var attributes = File.GetAttributes(fullPath);
            var kind = attributes.HasFlag(FileAttributes.Directory) ? Kind.Folder : Kind.File;
            return (kind, fullPath, null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (Kind.Missing, fullPath, null);
        }
        catch (Exception e) when (ProblemReasons.IsInputFailure(e))
        {
            return (Kind.Unreadable, fullPath, ProblemReasons.From(e));
        }
    }
}
