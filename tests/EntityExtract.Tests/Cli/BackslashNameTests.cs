using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>On Linux a backslash is a character of a file name, not a folder separator.</summary>
public sealed class BackslashNameTests
{
    [UnixFact]
    public void A_name_with_a_backslash_is_read_once_beside_the_file_it_would_be_mistaken_for()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // macOS allows the name too, but the case was seen on Linux
        }

        using var folder = new TempFolder();
        folder.File("bs/a\\b.txt", "Angela Merkel visited Paris.\n");
        folder.File("bs/a/b.txt", "Apple opened an office in Berlin.\n");
        folder.File("one/c\\d.txt", "Emmanuel Macron met reporters in Lyon.\n");

        var both = CliProcess.Run(folder.Path, null, "-q", "bs");
        var alone = CliProcess.Run(folder.Path, null, "-q", "one");

        Assert.Equal((0, ""), (both.ExitCode, both.Stderr));
        Assert.Equal(1, Count(both.Stdout, "bs/a\\b.txt,1,1,0,13,PERSON,Angela Merkel"));
        Assert.Equal(1, Count(both.Stdout, "bs/a/b.txt,1,1,0,5,ORGANIZATION,Apple"));
        Assert.Equal((0, ""), (alone.ExitCode, alone.Stderr));
        Assert.Contains("one/c\\d.txt,1,1,0,15,PERSON,Emmanuel Macron", alone.Stdout, StringComparison.Ordinal);
    }

    private static int Count(string text, string line) =>
        text.Split('\n').Count(l => l.StartsWith(line, StringComparison.Ordinal));
}
