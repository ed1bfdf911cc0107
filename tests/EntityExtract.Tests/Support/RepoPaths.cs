namespace EntityExtract.Tests.Support;

/// <summary>
/// The one place tests learn where things are: the repository (found from wherever the tests
/// run), its samples and golden files, and the shared data folder <c>../shared</c> beside it.
/// Paths are written with <c>/</c>.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>Every golden file, whatever the output kind (<see cref="Golden.GoldenFile"/>).</summary>
    public static string Golden => Path.Combine(Root, "tests", "EntityExtract.Tests", "Golden", "Files");

    /// <summary><c>../shared</c> next to the repository, whether or not this checkout has it.</summary>
    public static string SharedFolder { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The full path of <paramref name="relative"/> under <c>../shared</c>, present or not.</summary>
    public static string Shared(string relative) =>
        Path.Combine(SharedFolder, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Why a test that needs <paramref name="relative"/> under <c>../shared</c> cannot run, or null when it is there.</summary>
    public static string? MissingShared(string relative)
    {
        var path = Shared(relative);
        return File.Exists(path) || Directory.Exists(path) ? null : $"needs {path}, which is not present";
    }

    /// <summary>The seed articles (<c>../shared/seeds/*.txt</c>) in a fixed order; none where the folder is absent.</summary>
    public static IEnumerable<string> SeedFiles =>
        Directory.Exists(Shared("seeds")) ? Directory.EnumerateFiles(Shared("seeds"), "*.txt").Order(StringComparer.Ordinal) : [];

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
