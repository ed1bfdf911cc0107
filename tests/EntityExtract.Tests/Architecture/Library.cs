namespace EntityExtract.Tests.Architecture;

/// <summary>
/// The library's sources by part (top folder) and by folder inside a part; a part's own name
/// stands for the files at its top. Namespaces follow folders, so a folder is also a namespace.
/// </summary>
internal sealed class Library
{
    private readonly string root;
    private readonly Dictionary<string, Dictionary<string, string[]>> files = [];

    private Library(string root) => this.root = root;

    public IReadOnlyCollection<string> Parts => files.Keys;

    public static Library Read(string root)
    {
        var library = new Library(root);
        foreach (var dir in Directory.GetDirectories(root).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            var part = Path.GetFileName(dir);
            var folders = new Dictionary<string, string[]> { [part] = Directory.GetFiles(dir, "*.cs") };
            foreach (var sub in Directory.GetDirectories(dir))
            {
                // A folder of resources only (word lists) is no namespace and draws no arrow.
                if (Directory.GetFiles(sub, "*.cs", SearchOption.AllDirectories) is { Length: > 0 } sources)
                {
                    folders[Path.GetFileName(sub)] = sources;
                }
            }

            library.files[part] = folders;
        }

        return library;
    }

    public IReadOnlyCollection<string> Folders(string part) => files[part].Keys;

    public IEnumerable<(string File, string From, string To)> PartReferences()
    {
        var parts = Parts.ToArray();
        var types = parts.ToDictionary(p => p, p => Declared(files[p].Values.SelectMany(f => f)));
        foreach (var from in parts)
        {
            foreach (var file in files[from].Values.SelectMany(f => f))
            {
                foreach (var to in SourceReferences.ReferencedParts(File.ReadAllText(file), from, parts, types, (part, name) => name != part && files[part].ContainsKey(name)))
                {
                    yield return (Relative(file), from, to);
                }
            }
        }
    }

    public IEnumerable<(string File, string From, string To)> FolderReferences(string part)
    {
        var types = files[part].ToDictionary(f => f.Key, f => Declared(f.Value));
        foreach (var (from, folderFiles) in files[part])
        {
            foreach (var file in folderFiles)
            {
                foreach (var to in SourceReferences.ReferencedFolders(File.ReadAllText(file), part, from, types))
                {
                    yield return (Relative(file), from, to);
                }
            }
        }
    }

    private static HashSet<string> Declared(IEnumerable<string> paths) =>
        paths.SelectMany(p => SourceReferences.DeclaredTypes(File.ReadAllText(p))).ToHashSet(StringComparer.Ordinal);

    private string Relative(string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
