using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>
/// Linux file names may hold any bytes; one that is not UTF-8 is read like any other and shown
/// with <c>\xHH</c> escapes, never reported as vanished.
/// </summary>
public sealed class RawFileNameTests
{
    [UnixFact]
    public void A_file_whose_name_is_not_utf8_is_read_and_shown_with_escapes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // names are listed as bytes on Linux only
        }

        using var folder = new TempFolder();
        folder.File("docs/a.txt", "Apple opened an office in Berlin.");
        var result = CliProcess.Shell(folder.Path,
            "printf 'Angela Merkel visited Paris.' > \"docs/caf$(printf '\\351').txt\" && mkdir \"docs/d$(printf '\\377')\" && $EE -q docs");

        Assert.Equal(1, result.ExitCode); // the folder is reported, not walked
        Assert.Contains("docs/caf\\xE9.txt,1,1,0,13,PERSON,Angela Merkel", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("docs/a.txt,", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["entity-extract: docs/d\\xFF: folder name is not valid UTF-8; not walked"], result.StderrLines);
    }
}
