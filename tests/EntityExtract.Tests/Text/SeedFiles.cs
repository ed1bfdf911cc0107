namespace EntityExtract.Tests.Text;

/// <summary>Finds <c>../shared/seeds</c> from the folder holding <c>EntityExtract.sln</c>, walking up from the test binaries.</summary>
internal static class SeedFiles
{
    public static string? Folder { get; } = Find();

    public static IEnumerable<string> Paths =>
        Folder is null ? [] : Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EntityExtract.sln")))
            {
                string seeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
                return Directory.Exists(seeds) && Directory.EnumerateFiles(seeds, "*.txt").Any() ? seeds : null;
            }
        }

        return null;
    }
}
