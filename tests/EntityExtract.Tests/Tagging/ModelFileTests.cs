using System.IO.Compression;
using System.Runtime.InteropServices;
using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Model;
using EntityExtract.Tests.Training;

namespace EntityExtract.Tests.Tagging;

public class ModelFileTests
{
    [Fact]
    public void Round_trip_keeps_bytes_and_predictions()
    {
        var original = SyntheticCorpus.Tagger;
        var bytes = TrainingTests.Bytes(original);
        var loaded = EntityTagger.Load(new MemoryStream(bytes));

        Assert.Equal(bytes, TrainingTests.Bytes(loaded));
        var dev = ConllReader.Read(Path.Combine(SyntheticCorpus.Directory, "dev.txt"));
        var before = ModelEvaluator.Evaluate(original, dev, null).Mentions.SelectMany(m => m);
        var after = ModelEvaluator.Evaluate(loaded, dev, null).Mentions.SelectMany(m => m);
        Assert.Equal(before, after);
        Assert.Equal(original.Info.DevF1, loaded.Info.DevF1);
        Assert.Equal(original.Info.FeatureCount, loaded.Info.FeatureCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public unsafe void Raw_model_is_read_in_place_at_any_address(int misalignment)
    {
        var original = SyntheticCorpus.Tagger;
        var raw = Raw(original);
        var memory = (byte*)NativeMemory.AlignedAlloc((nuint)(raw.Length + 8), 64);
        try
        {
            raw.CopyTo(new Span<byte>(memory + misalignment, raw.Length));
            var loaded = ModelReader.ReadEmbedded(new UnmanagedMemoryStream(memory + misalignment, raw.Length));
            Assert.True(loaded.Weights.InPlace);
            Assert.Equal(TrainingTests.Bytes(original), TrainingTests.Bytes(loaded));
            AssertTagsAlike(original, loaded);
        }
        finally
        {
            NativeMemory.AlignedFree(memory);
        }
    }

    [Fact]
    public void Raw_model_read_from_a_stream_is_checked_and_copied()
    {
        var raw = Raw(SyntheticCorpus.Tagger);
        var loaded = EntityTagger.Load(new MemoryStream(raw));
        Assert.False(loaded.Weights.InPlace);
        Assert.Equal(raw, Raw(loaded));
        raw[^3] ^= 0x10;
        AssertRejected(raw, "checksum mismatch");
    }

    [Fact]
    public void Archive_holds_the_raw_model_and_is_reproducible()
    {
        var path = Path.Combine(Path.GetTempPath(), $"entity-extract-archive-{Environment.ProcessId}.zip");
        try
        {
            using (var output = File.Create(path))
            {
                ModelArchive.Write(SyntheticCorpus.Tagger, output, ModelArchive.EntryName(path));
            }

            var first = File.ReadAllBytes(path);
            using (var again = new MemoryStream())
            {
                ModelArchive.Write(SyntheticCorpus.Tagger, again, ModelArchive.EntryName(path));
                Assert.Equal(first, again.ToArray());
            }

            using (var archive = ZipFile.OpenRead(path))
            {
                using var entry = archive.GetEntry(ModelArchive.EntryName(path))!.Open();
                using var unpacked = new MemoryStream();
                entry.CopyTo(unpacked);
                Assert.Equal(Raw(SyntheticCorpus.Tagger), unpacked.ToArray());
            }

            AssertTagsAlike(SyntheticCorpus.Tagger, EntityTagger.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_storage_is_rejected()
    {
        var bytes = TrainingTests.Bytes(SyntheticCorpus.Tagger);
        bytes[12] = 7;
        AssertRejected(bytes, "unknown storage");
    }

    [Fact]
    public void Empty_file_is_rejected() => AssertRejected([], "empty");

    [Fact]
    public void Wrong_magic_is_rejected()
    {
        var bytes = TrainingTests.Bytes(SyntheticCorpus.Tagger);
        bytes[0] = (byte)'Z';
        AssertRejected(bytes, "not an EntityExtract model");
    }

    [Fact]
    public void Future_version_is_rejected()
    {
        var bytes = TrainingTests.Bytes(SyntheticCorpus.Tagger);
        bytes[8] = 99;
        AssertRejected(bytes, "newer EntityExtract");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    [InlineData(1000)]
    public void Truncated_file_is_rejected(int keep)
    {
        var bytes = TrainingTests.Bytes(SyntheticCorpus.Tagger);
        AssertRejected(bytes[..Math.Min(keep, bytes.Length - 1)], "truncated");
    }

    [Fact]
    public void Flipped_bytes_anywhere_are_rejected()
    {
        var bytes = TrainingTests.Bytes(SyntheticCorpus.Tagger);
        var random = new Random(11);
        for (var trial = 0; trial < 50; trial++)
        {
            var copy = (byte[])bytes.Clone();
            var index = random.Next(12, copy.Length);
            copy[index] ^= (byte)(1 << random.Next(8));
            Assert.Throws<ModelFormatException>(() => EntityTagger.Load(new MemoryStream(copy)));
        }
    }

    internal static byte[] Raw(EntityTagger tagger)
    {
        using var output = new MemoryStream();
        ModelWriter.Write(tagger, output, ModelStorage.Raw);
        return output.ToArray();
    }

    private static void AssertTagsAlike(EntityTagger expected, EntityTagger actual)
    {
        var dev = ConllReader.Read(Path.Combine(SyntheticCorpus.Directory, "dev.txt"));
        Assert.Equal(
            ModelEvaluator.Evaluate(expected, dev, null).Mentions.SelectMany(m => m),
            ModelEvaluator.Evaluate(actual, dev, null).Mentions.SelectMany(m => m));
    }

    private static void AssertRejected(byte[] bytes, string expected)
    {
        var ex = Assert.Throws<ModelFormatException>(() => EntityTagger.Load(new MemoryStream(bytes)));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
