using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>
/// Linux file names may hold any bytes; one that is not UTF-8 is read like any other (found in a
/// folder, named on the command line, or a folder of its own that is walked) and shown with
/// <c>\xHH</c> escapes, never reported as vanished; <c>-o</c> writes the name byte for byte.
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
            "printf 'Angela Merkel visited Paris.' > \"docs/caf$(printf '\\351').txt\" && mkdir \"docs/d$(printf '\\377')\" "
            + "&& printf 'Emmanuel Macron met reporters.' > \"docs/d$(printf '\\377')/in.txt\" && $EE -q docs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("docs/caf\\xE9.txt,1,1,0,13,PERSON,Angela Merkel", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("docs/d\\xFF/in.txt,1,1,0,15,PERSON,Emmanuel Macron", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("docs/a.txt,", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    [UnixFact]
    public void Names_that_are_not_utf8_on_the_command_line_are_read_walked_and_written_byte_for_byte()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        var result = CliProcess.Shell(folder.Path,
            "f=\"caf$(printf '\\351').txt\"; d=\"d$(printf '\\377')\"; o=\"o$(printf '\\377').csv\"; "
            + "printf 'Angela Merkel visited Paris.' > \"$f\" && mkdir \"$d\" && printf 'Emmanuel Macron met reporters.' > \"$d/in.txt\" "
            + "&& $EE -q \"$f\" \"$d\" -o \"$o\"; echo \"rc=$?\"; cat \"$o\"; ls | od -An -c | tr -s ' ' | tr -d '\\n'; echo; $EE -q \"x$(printf '\\377')\"; echo \"missing=$?\"");

        var lines = result.Stdout.Split('\n');
        Assert.Equal("rc=0", lines[0]);
        Assert.Contains("caf\\xE9.txt,1,1,0,13,PERSON,Angela Merkel", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("d\\xFF/in.txt,1,1,0,15,PERSON,Emmanuel Macron", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("o 377 . c s v", result.Stdout, StringComparison.Ordinal); // the output's name has the byte itself
        Assert.DoesNotContain("357 277 275", result.Stdout, StringComparison.Ordinal); // and no U+FFFD
        Assert.EndsWith("missing=2\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["entity-extract: x\\xFF: no such file or folder"], result.StderrLines);
    }
}
