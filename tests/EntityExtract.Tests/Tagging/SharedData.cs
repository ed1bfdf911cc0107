namespace EntityExtract.Tests.Tagging;

/// <summary>Locates the shared data folder by walking up from the test binaries to the solution folder.</summary>
internal static class SharedData
{
    public static string? Find(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EntityExtract.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", relativePath));
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
