using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>
/// An output that is one of the inputs (the same file by device and inode, through a symbolic or a
/// hard link too) is a usage error: exit 2, one line naming it, nothing read or written. A table
/// an earlier run left in a folder it walks is left out with a note, never read back.
/// </summary>
public sealed class OutputIsInputTests
{
    private const string Document = "Angela Merkel visited Paris.\n";

    [UnixFact]
    public void An_output_that_is_a_walked_document_is_refused_and_the_document_kept()
    {
        using var folder = new TempFolder();
        var notes = folder.File("in/notes.txt", Document);

        var result = CliProcess.Run(folder.Path, null, "-q", "in/", "-o", "in/notes.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["entity-extract: in/notes.txt: -o names the input in/notes.txt; nothing was written"], result.StderrLines);
        Assert.Equal(Document, File.ReadAllText(notes));
        Assert.Equal(["notes.txt"], Names(folder.Combine("in")));
    }

    [UnixFact]
    public void An_output_reaching_a_named_input_through_links_is_refused()
    {
        using var folder = new TempFolder();
        folder.File("in/notes.txt", Document);

        var result = CliProcess.Shell(folder.Path,
            "ln -s in/notes.txt soft.txt && ln in/notes.txt hard.txt && "
            + "$EE -q in/notes.txt -o soft.txt; echo \"soft=$?\"; $EE -q in/notes.txt -o hard.txt; echo \"hard=$?\"; "
            + "$EE -q - -o hard.txt < in/notes.txt; echo \"stdin=$?\"; $EE tokenize -q in/notes.txt -o ./in/../hard.txt; echo \"tokenize=$?\"; cat in/notes.txt");

        Assert.Equal("soft=2\nhard=2\nstdin=2\ntokenize=2\n" + Document, result.Stdout);
        Assert.Equal(
            [
                "entity-extract: soft.txt: -o names the input in/notes.txt; nothing was written",
                "entity-extract: hard.txt: -o names the input in/notes.txt; nothing was written",
                "entity-extract: hard.txt: -o names the file standard input reads; nothing was written",
                "entity-extract: ./in/../hard.txt: -o names the input in/notes.txt; nothing was written",
            ],
            result.StderrLines);
    }

    [UnixFact]
    public void A_table_an_earlier_run_wrote_into_the_input_folder_is_not_read_back()
    {
        using var folder = new TempFolder();
        folder.File("in/notes.txt", Document);

        var first = CliProcess.Run(folder.Path, null, "-q", "in", "-o", "in/table.txt");
        var firstTable = File.ReadAllText(folder.Combine("in/table.txt"));
        var second = CliProcess.Run(folder.Path, null, "in", "-o", "in/table.txt");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("entity-extract: in/table.txt: note: not read: it is the table this run writes (-o)", second.StderrLines[0]);
        Assert.Contains("1 files", second.StderrLines[^1], StringComparison.Ordinal);
        Assert.Equal(firstTable, File.ReadAllText(folder.Combine("in/table.txt")));
        Assert.Equal(["notes.txt", "table.txt"], Names(folder.Combine("in")));
    }

    [Fact]
    public void Eval_predictions_over_the_gold_file_is_refused()
    {
        using var folder = new TempFolder();
        const string Gold = "Angela NNP B-NP B-PER\nMerkel NNP I-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O O\n";
        var gold = folder.File("gold.conll", Gold);

        var result = CliProcess.Run(folder.Path, null, "eval", "gold.conll", "--predictions", "gold.conll");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["entity-extract: gold.conll: --predictions names the input gold.conll; nothing was written"], result.StderrLines);
        Assert.Equal(Gold, File.ReadAllText(gold));
    }

    [Fact]
    public void Merge_and_train_refuse_an_output_that_is_an_input()
    {
        using var folder = new TempFolder();
        const string Table = "type,entity,mentions,files,names,types\nPERSON,Angela Merkel,1,1,,\n";
        const string Conll = "Angela NNP B-NP B-PER\nMerkel NNP I-NP I-PER\n";
        var table = folder.File("t.csv", Table);
        var dev = folder.File("dev.conll", Conll);
        folder.File("train.conll", Conll);

        var merge = CliProcess.Run(folder.Path, null, "merge", "t.csv", "-o", "t.csv");
        var train = CliProcess.Run(folder.Path, null, "train", "--train", "train.conll", "--dev", "dev.conll", "--epochs", "1", "-o", "dev.conll");

        Assert.Equal(2, merge.ExitCode);
        Assert.Equal(["entity-extract: t.csv: -o names the input t.csv; nothing was written"], merge.StderrLines);
        Assert.Equal(2, train.ExitCode);
        Assert.Equal(["entity-extract: dev.conll: -o names the input dev.conll; nothing was written"], train.StderrLines);
        Assert.Equal(Table, File.ReadAllText(table));
        Assert.Equal(Conll, File.ReadAllText(dev));
        Assert.Equal(["dev.conll", "t.csv", "train.conll"], Names(folder.Path));
    }

    private static string[] Names(string path) =>
        [.. Directory.GetFiles(path, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];
}
