using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>
/// What <c>-o</c> does to what is already at its path: a regular file is replaced atomically and
/// keeps its permissions; a link keeps pointing where it did; a device or FIFO is written
/// through, never replaced by a regular file; a path that cannot be written is a usage error.
/// </summary>
public sealed class OutputPathTests
{
    // A null device of its own, never the machine's /dev/null: a regression must not break the host.
    [UnixFact(needsRoot: true)]
    public void A_null_device_stays_a_device_for_extract_and_merge()
    {
        using var folder = Docs();
        var result = CliProcess.Shell(folder.Path,
            "mknod -m 666 ./null c 1 3 && $EE -q --group corpus docs -o t.csv && $EE -q docs -o ./null && $EE merge t.csv -o ./null; echo \"rc=$?\"; stat -c %F ./null");

        Assert.Equal("rc=0\ncharacter special file\n", result.Stdout);
    }

    [UnixFact]
    public void A_fifo_is_written_through_to_its_reader()
    {
        using var folder = Docs();
        var result = CliProcess.Shell(folder.Path,
            "mkfifo f && (cat f > got.csv &) && $EE -q docs -o f; echo \"rc=$?\"; sleep 0.5; head -1 got.csv; stat -c %F f");

        Assert.Equal("rc=0\nfile,line,column,start,end,type,text,score,canonical\nfifo\n", result.Stdout);
    }

    [UnixFact]
    public void A_symbolic_link_stays_a_link_and_its_target_is_replaced()
    {
        using var folder = Docs();
        folder.File("out/table.csv", "old\n");
        var result = CliProcess.Shell(folder.Path,
            "ln -s out/table.csv link.csv && $EE -q docs -o link.csv && $EE merge --group corpus <($EE -q --group corpus docs) -o link.csv; echo \"rc=$?\"; stat -c %F link.csv; head -1 out/table.csv");

        Assert.Equal("rc=0\nsymbolic link\ntype,entity,mentions,files,names,types\n", result.Stdout);
    }

    [UnixFact]
    public void A_replaced_file_keeps_its_permissions()
    {
        using var folder = Docs();
        folder.File("ro.csv", "old\n");
        folder.File("private.csv", "old\n");
        var result = CliProcess.Shell(folder.Path,
            "chmod 444 ro.csv && chmod 600 private.csv && $EE -q docs -o ro.csv && $EE -q docs -o private.csv; echo \"rc=$?\"; stat -c %a ro.csv private.csv; head -1 ro.csv");

        Assert.Equal("rc=0\n444\n600\nfile,line,column,start,end,type,text,score,canonical\n", result.Stdout);
    }

    [Fact]
    public void An_empty_output_name_is_a_usage_error()
    {
        using var folder = Docs();

        var result = CliProcess.Run(folder.Path, null, "-q", "docs", "-o", "");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["entity-extract: -o: the file name is empty"], result.StderrLines);
    }

    [UnixFact]
    public void An_output_folder_that_cannot_be_written_is_a_usage_error()
    {
        using var folder = Docs();

        // /proc refuses new files even to root, as a read-only folder refuses them to others.
        var result = CliProcess.Run(folder.Path, null, "-q", "docs", "-o", "/proc/entity-extract-test.csv");
        var merge = CliProcess.Run(folder.Path, "", "merge", "-", "-o", "/proc/entity-extract-test.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(2, merge.ExitCode);
        Assert.StartsWith("entity-extract: /proc/entity-extract-test.csv: cannot write in /proc", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr + merge.Stderr);
    }

    [UnixFact]
    public void A_socket_or_a_folder_is_refused_as_output()
    {
        using var folder = Docs();

        var result = CliProcess.Run(folder.Path, null, "-q", "docs", "-o", "docs");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["entity-extract: docs: is a folder"], result.StderrLines);
    }

    internal static TempFolder Docs()
    {
        var folder = new TempFolder();
        folder.File("docs/a.txt", "Angela Merkel met Emmanuel Macron in Paris on Monday.");
        folder.File("docs/b.txt", "Apple opened an office in Berlin.");
        return folder;
    }
}
