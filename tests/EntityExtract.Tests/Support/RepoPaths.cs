namespace EntityExtract.Tests.Support;

/// <summary>Finds the repository and the shared data folder beside it, from wherever tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> next to the repository, or null when this checkout has none.</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>A file under <c>../shared</c>, or null when it is not there.</summary>
    public static string? SharedFile(params string[] parts)
    {
        if (Shared is null)
        {
            return null;
        }

        var path = Path.Combine([Shared, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EntityExtract.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EntityExtract.sln not found above " + AppContext.BaseDirectory);
    }
}
