namespace EntityExtract.Tests.Support;

/// <summary>
/// A folder made for one test (or one class fixture) under the system temp directory, with helpers
/// to fill it, deleted with everything in it on dispose. Relative paths are written with <c>/</c>.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("entity-extract-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>Where <paramref name="relative"/> lies under the folder.</summary>
    public string Combine(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>The display path the tool gives a file it found by walking the folder.</summary>
    public string Display(string relative) => Path + "/" + relative;

    /// <summary>Writes <paramref name="content"/> as UTF-8 (no byte order mark), making the folders on the way.</summary>
    public string File(string relative, string content = "text") => File(relative, System.Text.Encoding.UTF8.GetBytes(content));

    public string File(string relative, byte[] content)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    public string Folder(string relative) => Directory.CreateDirectory(Combine(relative)).FullName;

    public void Dispose()
    {
        // Give back any permissions a test took away, or the folder cannot be deleted.
        if (!OperatingSystem.IsWindows())
        {
            RestoreFolder(Path);
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leaving a temp folder behind must not fail the test that used it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Makes a folder and its sub-folders listable again. Walks by hand because the framework's
    /// recursive listing follows links, and the link tests build loops.
    /// </summary>
    private static void RestoreFolder(string folder)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            System.IO.File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            foreach (var child in new DirectoryInfo(folder).EnumerateDirectories())
            {
                if (child.LinkTarget is null)
                {
                    RestoreFolder(child.FullName);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
