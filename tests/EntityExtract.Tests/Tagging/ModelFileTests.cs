using EntityExtract.Evaluation;
using EntityExtract.Tagging;
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

    private static void AssertRejected(byte[] bytes, string expected)
    {
        var ex = Assert.Throws<ModelFormatException>(() => EntityTagger.Load(new MemoryStream(bytes)));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
