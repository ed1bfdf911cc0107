namespace EntityExtract.Input;

/// <summary>
/// A folder argument being walked, shared by every file found under it: a file's full path is
/// the folder's full path joined with the part of its display path after the argument.
/// </summary>
internal sealed class WalkedFolder(string argument, string rootFullPath)
{
    private readonly int _displayPrefixLength = DisplayPath.Join(argument, string.Empty).Length;

    public string Argument { get; } = argument;

    public string RootFullPath { get; } = rootFullPath;

    public string DisplayPathOf(string relativePath) => DisplayPath.Join(Argument, relativePath);

    public string FullPathOf(string displayPath) => Path.Join(RootFullPath, displayPath.AsSpan(_displayPrefixLength));
}
