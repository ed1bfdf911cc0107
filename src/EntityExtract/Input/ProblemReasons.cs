namespace EntityExtract.Input;

/// <summary>
/// Short human reasons for problems, in one place so the walker and the reader word the same
/// failure the same way.
/// </summary>
internal static class ProblemReasons
{
    public const string PermissionDenied = "permission denied";
    public const string FileVanished = "no such file (it vanished during the run)";
    public const string FolderVanished = "no such folder (it vanished during the run)";
    public const string BrokenLink = "broken symbolic link";
    public const string PathTooLong = "path too long";
    public const string NulByte = "NUL byte in the first 8 KB";
    public const string Binary = "is a binary file (" + NulByte + ")";
    public const string TooDeep = "folders nested too deeply; not walked further";

    /// <summary>"is a binary file (PDF)": the same words for a file named and a file found.</summary>
    public static string BinaryFile(string kind) => $"is a binary file ({kind})";

    /// <summary>
    /// True for the exceptions that mean "this one path could not be read". Anything else is a
    /// bug and is left to escape.
    /// </summary>
    public static bool IsInputFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or System.Security.SecurityException;

    public static string From(Exception e, bool isFolder = false) => e switch
    {
        // PathTooLongException derives from IOException, so it is tested first.
        PathTooLongException => PathTooLong,
        UnauthorizedAccessException or System.Security.SecurityException => PermissionDenied,
        FileNotFoundException or DirectoryNotFoundException => isFolder ? FolderVanished : FileVanished,
        _ => $"cannot read ({e.Message})",
    };
}
