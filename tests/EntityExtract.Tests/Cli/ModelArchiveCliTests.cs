using System.IO.Compression;
using EntityExtract.Tests.Support;
using EntityExtract.Tests.Tagging;

namespace EntityExtract.Tests.Cli;

/// <summary>A model written by <c>train -o FILE.zip</c>, as the help recommends, is read back by <c>--model FILE.zip</c>.</summary>
public sealed class ModelArchiveCliTests
{
    [Fact]
    public void A_model_trained_to_a_zip_loads_with_model()
    {
        using var folder = new TempFolder();
        folder.File("train.conll", SyntheticCorpus.Generate(60, 1));
        folder.File("dev.conll", SyntheticCorpus.Generate(20, 2));
        folder.File("a.txt", "Angela Merkel visited Paris today.");

        var train = CliProcess.Run(folder.Path, null, "train", "--train", "train.conll", "--dev", "dev.conll", "--epochs", "1", "-o", "tiny.zip");
        Assert.Equal(0, train.ExitCode);

        // Renamed since it was written: the archive's one model file is found all the same.
        File.Move(Path.Combine(folder.Path, "tiny.zip"), Path.Combine(folder.Path, "renamed.zip"));
        var zipped = CliProcess.Run(folder.Path, null, "-q", "--model", "renamed.zip", "a.txt");
        Assert.Equal(0, zipped.ExitCode);
        Assert.Empty(zipped.StderrLines);
        Assert.StartsWith("file,", zipped.Stdout, StringComparison.Ordinal);

        var unpacked = Path.Combine(folder.Path, "tiny.bin");
        using (var archive = ZipFile.OpenRead(Path.Combine(folder.Path, "renamed.zip")))
        {
            Assert.Equal("tiny.bin", Assert.Single(archive.Entries).FullName);
            archive.Entries[0].ExtractToFile(unpacked);
        }

        var raw = CliProcess.Run(folder.Path, null, "-q", "--model", "tiny.bin", "a.txt");
        Assert.Equal(raw.Stdout, zipped.Stdout);
    }

    [Fact]
    public void A_zip_without_a_model_is_refused_with_a_clear_message()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Angela Merkel visited Paris today.");
        using (var archive = ZipFile.Open(Path.Combine(folder.Path, "notes.zip"), ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("notes.txt").Open());
            writer.Write("not a model");
        }

        var result = CliProcess.Run(folder.Path, null, "-q", "--model", "notes.zip", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            ["entity-extract: notes.zip: This zip archive holds no model file (a .bin entry, as 'train -o FILE.zip' writes)."],
            result.StderrLines);
    }
}
