using System.Text;

namespace EntityExtract.Tests.Input;

/// <summary>A folder made for one test and deleted after it, with helpers to fill it.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "entity-extract-input-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Where <paramref name="relative"/> (written with <c>/</c>) lies under the root.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The display path the walker gives a file found by walking the root.</summary>
    public string Display(string relative) => Root + "/" + relative;

    public string Write(string relative, string text = "text") => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Folder(string relative) => Directory.CreateDirectory(PathOf(relative)).FullName;

    public void Dispose()
    {
        // Give back any permissions a test took away, or the folder cannot be deleted.
        if (!OperatingSystem.IsWindows())
        {
            RestoreFolder(Root);
        }

        try
        {
            Directory.Delete(Root, recursive: true);
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

            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
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
