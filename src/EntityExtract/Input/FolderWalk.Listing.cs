using System.IO.Enumeration;

namespace EntityExtract.Input;

/// <summary>Listing one folder and deciding which of its entries to keep or walk into.</summary>
internal sealed partial class FolderWalk
{
    private static readonly EnumerationOptions ListOneLevel = new()
    {
        RecurseSubdirectories = false,

        // Errors are wanted: an unreadable folder is reported, not silently passed over.
        IgnoreInaccessible = false,

        // Hidden files are walked like any others; the patterns decide what is read.
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>
    /// What the walk needs to know about one name in a folder. Taken straight from the
    /// listing, which is much cheaper than building a <see cref="FileSystemInfo"/> per name.
    /// </summary>
    private readonly record struct Entry(string Name, bool IsFolder, bool IsLink);

    private void ListFolder(Folder folder)
    {
        List<Entry> entries;
        try
        {
            entries = RawNames.Supported && RawNames.HasRawBytes(folder.FullPath)
                ? [.. RawNames.AllNames(folder.FullPath).Select(static e => new Entry(e.Name, e.IsFolder, IsLink: false))]
                : [.. new FileSystemEnumerable<Entry>(folder.FullPath, ToEntry, ListOneLevel)];
        }
        catch (Exception e) when (ProblemReasons.IsInputFailure(e))
        {
            Report(folder.RelativePath, ProblemReasons.From(e, isFolder: true));
            return;
        }

        if (RawNames.Supported && entries.Exists(static e => e.Name.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            WithRawNames(folder, entries);
        }

        // Sorted so the walk, and so which path wins when following links, is the same
        // whatever order the file system lists names in.
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));

        // Pushed in reverse so the ordinally first sub-folder is walked first.
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            var entry = entries[i];
            var relative = folder.RelativePath.Length == 0 ? entry.Name : folder.RelativePath + "/" + entry.Name;
            if (entry.IsFolder)
            {
                EnterFolder(folder, entry, Path.Join(folder.FullPath, entry.Name), relative);
            }
            else
            {
                // Links to files are read like files; a broken one is reported when read.
                _folderFiles.Add(relative);
            }
        }

        KeepMatchingFiles();
    }

    /// <summary>
    /// Names that are not valid UTF-8 come from .NET with U+FFFD and cannot be opened by that
    /// name; they are listed again as bytes (see <see cref="RawNames"/>), folders as well as files.
    /// </summary>
    private void WithRawNames(Folder folder, List<Entry> entries)
    {
        var raw = RawNames.InvalidNames(folder.FullPath);
        var lossy = raw.Select(r => RawNames.Lossy(r.Name)).ToHashSet(StringComparer.Ordinal);
        entries.RemoveAll(e => lossy.Contains(e.Name));
        foreach (var (name, isFolder) in raw)
        {
            // A folder is walked by its bytes too (see ListFolder); a link among these names is read as a file.
            entries.Add(new Entry(name, isFolder, IsLink: false));
        }
    }

    // Attributes cost a stat call per name, so they are asked for folders only: whether a
    // file is a link does not matter, since links to files are read like files.
    private static Entry ToEntry(ref FileSystemEntry entry) =>
        new(entry.FileName.ToString(), entry.IsDirectory,
            entry.IsDirectory && entry.Attributes.HasFlag(FileAttributes.ReparsePoint));

    private void EnterFolder(Folder parent, Entry entry, string fullPath, string relative)
    {
        if (entry.IsLink && !_followLinks)
        {
            return;
        }

        if (parent.Depth + 1 > InputLimits.MaxFolderDepth)
        {
            Report(relative, ProblemReasons.TooDeep);
            return;
        }

        string? real = null;
        if (_followLinks)
        {
            // Below a resolved folder, a plain sub-folder's real path is just one name longer.
            real = entry.IsLink ? TryResolve(fullPath, relative) : Path.Join(parent.RealPath, entry.Name);
            if (real is null || _visited.Contains(real))
            {
                return;
            }
        }

        var child = new Folder(fullPath, relative, real, parent.Depth + 1);
        (entry.IsLink ? _linked : _plain).Push(child);
    }
}
