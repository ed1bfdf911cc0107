using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>Values and files that once gave a useless model, an internal error, a silent loss or a garbled terminal.</summary>
public sealed class SmallFaultTests
{
    private const string Conll = "Angela NNP B-NP B-PER\nMerkel NNP I-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O O\n";

    [Fact]
    public void Context_wider_than_its_cap_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Angela Merkel visited Paris.\n");

        var tooWide = CliProcess.Run(folder.Path, null, "-q", "--context", "1001", "a.txt");
        var widest = CliProcess.Run(folder.Path, null, "-q", "--context", "1000", "a.txt");

        Assert.Equal(2, tooWide.ExitCode);
        Assert.Equal(["entity-extract: --context must be at most 1000 characters either side (got 1001)."], tooWide.StderrLines);
        Assert.Equal(0, widest.ExitCode);
        Assert.Contains("[[Angela Merkel]] visited Paris.", widest.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    [InlineData("-DOCSTART- -X- -X- O\n\n-DOCSTART- -X- -X- O\n")]
    public void Training_data_without_tokens_is_a_usage_error(string empty)
    {
        using var folder = new TempFolder();
        folder.File("empty.conll", empty);
        folder.File("good.conll", Conll);

        var train = CliProcess.Run(folder.Path, null, "train", "--train", "empty.conll", "--dev", "good.conll", "--epochs", "1", "-o", "m.bin");
        var dev = CliProcess.Run(folder.Path, null, "train", "--train", "good.conll", "--dev", "empty.conll", "--epochs", "1", "-o", "m.bin");

        Assert.Equal(2, train.ExitCode);
        Assert.Equal("entity-extract: empty.conll holds no tokens (it is empty, or blank and -DOCSTART- lines only): nothing to learn or check a model on.", train.StderrLines[^1]);
        Assert.Equal(2, dev.ExitCode);
        Assert.Equal("entity-extract: empty.conll holds no tokens (it is empty, or blank and -DOCSTART- lines only): nothing to learn or check a model on.", dev.StderrLines[^1]);
        Assert.False(File.Exists(folder.Combine("m.bin")));
    }

    [Fact]
    public void Training_data_larger_than_train_holds_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("good.conll", Conll);
        using (var big = File.Create(folder.Combine("big.conll")))
        {
            big.SetLength(129L * 1024 * 1024); // sparse: the size is refused before a byte is read
        }

        var result = CliProcess.Run(folder.Path, null, "train", "--train", "big.conll", "--dev", "good.conll", "--epochs", "1", "-o", "m.bin");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("entity-extract: the --train and --dev files hold 129 MiB, more than train takes (128 MiB, about 7 GB of memory): train on a sample of the data.", result.StderrLines[^1]);
        Assert.False(File.Exists(folder.Combine("m.bin")));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void A_prune_threshold_that_is_no_number_is_a_usage_error(string value)
    {
        using var folder = new TempFolder();
        folder.File("good.conll", Conll);

        var result = CliProcess.Run(folder.Path, null, "train", "--train", "good.conll", "--dev", "good.conll", "--epochs", "1", "--prune-threshold", value, "-o", "m.bin");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("entity-extract: PruneThreshold must be a finite number, 0 or more", result.StderrLines[^1], StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("m.bin")));
    }

    [Fact]
    public void Clusters_count_0_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Angela Merkel visited Paris.\n");

        var result = CliProcess.Run(folder.Path, null, "clusters", "--text", "a.txt", "--count", "0", "-o", "c.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["entity-extract: --count must be at least 2 (got 0)"], result.StderrLines);
    }

    [UnixFact]
    public void A_254_byte_output_name_is_written()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Angela Merkel visited Paris.\n");
        var name = new string('o', 250) + ".csv";

        var result = CliProcess.Run(folder.Path, null, "-q", "a.txt", "-o", name);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.StartsWith("file,line,column", File.ReadAllText(folder.Combine(name)), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_a_name_reach_the_terminal_escaped()
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run(folder.Path, null, "-q", "\u001b]0;owned\u0007.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["entity-extract: \\x1B]0;owned\\x07.txt: no such file or folder"], result.StderrLines);
    }

    [Fact]
    public void Merge_of_an_empty_or_binary_table_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("good.csv", "type,entity,mentions,files,names\nPERSON,Angela Merkel,1,1,\n");
        folder.File("empty.csv", "");
        folder.File("c.xlsx", [(byte)'P', (byte)'K', 3, 4, 0x1b, (byte)'[', (byte)'2', (byte)'J', 0, 0, 0]);

        var empty = CliProcess.Run(folder.Path, null, "merge", "good.csv", "empty.csv");
        var workbook = CliProcess.Run(folder.Path, null, "merge", "c.xlsx");

        Assert.Equal(2, empty.ExitCode);
        Assert.Equal(["entity-extract: empty.csv:1: cannot read the header (the file is empty, but a CSV table always has a header: was the run that wrote it cut short?)"], empty.StderrLines);
        Assert.Equal("", empty.Stdout);
        Assert.Equal(2, workbook.ExitCode);
        Assert.Equal(["entity-extract: c.xlsx:1: cannot read the header (a binary file (ZIP archive, such as .docx or .xlsx), not a CSV table)"], workbook.StderrLines);
    }

    [Fact]
    public void A_run_of_thousands_of_letters_is_no_name()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Angela Merkel visited Paris. " + new string('A', 700) + " said " + new string('B', 300) + ".\n");

        var result = CliProcess.Run(folder.Path, null, "-q", "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.True(line.Length < 200, line));
        Assert.Contains("Angela Merkel", result.Stdout, StringComparison.Ordinal);
    }
}
