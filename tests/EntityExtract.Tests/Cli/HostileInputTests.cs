using System.Text;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>
/// A folder with every kind of bad file users point the tool at. Each bad file costs one line on
/// stderr; the good files' rows all arrive; the exit code says something failed.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Bad_files_are_reported_and_skipped_and_good_files_are_processed()
    {
        using var folder = new TempFolder();
        folder.File("tree/good.txt", "Angela Merkel visited Paris.\n");
        folder.File("tree/binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x41]);
        folder.File("tree/latin1.txt", [.. "Fran"u8, 0xE7, .. "ois Hollande spoke in Lyon.\n"u8]);
        folder.File("tree/utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Boris Johnson left London.\n")]);
        folder.File("tree/empty.txt", "");
        folder.File("tree/no-final-newline.txt", "Vladimir Putin met Xi Jinping in Beijing.");
        folder.File("tree/long-line.txt", string.Concat(Enumerable.Repeat("Talks in Berlin went on. ", 12_000)));
        var locked = folder.File("tree/locked.txt", "Emmanuel Macron.");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        Directory.CreateDirectory(folder.Combine("tree/sub"));
        Directory.CreateSymbolicLink(folder.Combine("tree/sub/loop"), folder.Combine("tree"));
        var rootCanReadAnything = CanRead(locked);

        var result = CliProcess.Run(folder.Path, null, "extract", "-q", "--follow-links", "--types", "PERSON,LOCATION", "tree");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("entity-extract: tree/binary.txt: is a binary file (NUL byte in the first 8 KB)", result.StderrLines);
        if (!rootCanReadAnything)
        {
            Assert.Contains("entity-extract: tree/locked.txt: permission denied", result.StderrLines);
        }

        Assert.All(result.StderrLines, line => Assert.StartsWith("entity-extract: tree/", line));
        Assert.Contains("tree/good.txt,1,1,0,13,PERSON,Angela Merkel,", result.Stdout);
        Assert.Contains(",LOCATION,Paris,", result.Stdout);
        Assert.Contains("tree/latin1.txt,1,1,0,", result.Stdout); // "François Hollande", read as Windows-1252
        Assert.Contains("tree/utf16.txt,1,1,0,13,PERSON,Boris Johnson,", result.Stdout);
        Assert.Contains("tree/no-final-newline.txt,1,1,0,14,PERSON,Vladimir Putin,", result.Stdout);
        Assert.Contains("tree/long-line.txt,1,10,9,15,LOCATION,Berlin,", result.Stdout);
        Assert.Contains("tree/long-line.txt,1,299985,299984,299990,LOCATION,Berlin,", result.Stdout); // the last one, read in a second 256 KiB piece
        Assert.DoesNotContain("Unhandled", result.Stderr);
    }

    [Fact]
    public void Warnings_about_decoding_are_shown_unless_quiet()
    {
        using var folder = new TempFolder();
        folder.File("latin1.txt", [.. "Fran"u8, 0xE7, .. "ois.\n"u8]);

        var result = CliProcess.Run(folder.Path, null, "tokenize", "latin1.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("entity-extract: latin1.txt: warning: not valid UTF-8; read as Windows-1252", result.StderrLines);
        Assert.Contains("latin1.txt,0,0,8,François", result.Stdout);
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
