namespace EntityExtract.Input;

/// <summary>
/// One file to read. <see cref="DisplayPath"/> is the path as the user would write it and is
/// what appears in output and messages; <see cref="FullPath"/> is what is opened.
/// </summary>
public sealed record InputFile
{
    private readonly string? _fullPath;
    private readonly WalkedFolder? _folder;

    /// <param name="DisplayPath">The argument as given for an explicit file, the folder argument
    /// joined with the relative path by <c>/</c> for a walked file, or <c>-</c> for stdin.</param>
    /// <param name="FullPath">The absolute path to open, or null for standard input.</param>
    public InputFile(string DisplayPath, string? FullPath)
    {
        this.DisplayPath = DisplayPath;
        _fullPath = FullPath;
    }

    /// <summary>
    /// A file found by walking <paramref name="folder"/>. Its full path is rebuilt from the
    /// folder's when the file is opened, so a walk of a million files keeps one string per file.
    /// </summary>
    internal InputFile(WalkedFolder folder, string displayPath)
    {
        DisplayPath = displayPath;
        _folder = folder;
    }

    public string DisplayPath { get; init; }

    /// <summary>The absolute path to open, or null for standard input.</summary>
    public string? FullPath => _folder is null ? _fullPath : _folder.FullPathOf(DisplayPath);

    /// <summary>The display path used for standard input.</summary>
    public const string StdinPath = "-";

    public bool IsStdin => _folder is null && _fullPath is null;

    /// <summary>
    /// True when the user named this file (or stdin) directly rather than it being found by
    /// walking a folder: the include and exclude patterns do not apply to it. A binary file is
    /// skipped either way.
    /// </summary>
    public bool IsExplicit { get; init; }

    /// <summary>Standard input, which is always explicit.</summary>
    public static InputFile Stdin { get; } = new(StdinPath, null) { IsExplicit = true };
}
