using System.Buffers.Binary;
using System.IO.Compression;
using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Model;
using EntityExtract.Tests.Training;
using EntityExtract.Training;

namespace EntityExtract.Tests.Tagging;

public class TwoPassTests
{
    private static readonly Lazy<(EntityTagger Tagger, TrainingOptions Options)> s_twoPass = new(Train);

    [Fact]
    public void Two_pass_model_tags_and_round_trips()
    {
        var (tagger, options) = s_twoPass.Value;
        Assert.NotNull(tagger.FirstPass);
        Assert.Equal(ModelFormat.Version, tagger.Info.FormatVersion);
        var bytes = TrainingTests.Bytes(tagger);
        var loaded = EntityTagger.Load(new MemoryStream(bytes));
        Assert.NotNull(loaded.FirstPass);
        Assert.Equal(bytes, TrainingTests.Bytes(loaded));

        var dev = ConllReader.Read(options.DevFile);
        var before = ModelEvaluator.Evaluate(tagger, dev, null);
        var after = ModelEvaluator.Evaluate(loaded, dev, null);
        Assert.Equal(before.Mentions.SelectMany(m => m), after.Mentions.SelectMany(m => m));
        Assert.Equal(100.0, after.Score.F1, 6);
    }

    [Fact]
    public void Jackknifed_training_is_reproducible()
    {
        var (tagger, options) = s_twoPass.Value;
        var again = TaggerTrainer.Train(options, null, CancellationToken.None);
        Assert.Equal(TrainingTests.Bytes(tagger), TrainingTests.Bytes(again));
    }

    [Fact]
    public void One_fold_is_rejected() =>
        Assert.Throws<ArgumentException>(() => (SyntheticCorpus.Options(SyntheticCorpus.Directory) with { JackknifeFolds = 1 }).Validate());

    [Fact]
    public void Version_two_files_are_still_read_and_score_alike_once_rewritten()
    {
        var old = EntityTagger.Load(OldModel("synthetic-v2-two-pass.bin"));
        Assert.NotNull(old.FirstPass);
        Assert.Equal(2, old.Info.FormatVersion);
        AssertRewrittenScoresAlike(old, Path.Combine(SyntheticCorpus.Directory, "dev.txt"));
    }

    [Fact]
    public void Version_one_files_are_still_read_as_one_pass_models()
    {
        var old = EntityTagger.Load(new MemoryStream(RewriteAsVersionOne(File.ReadAllBytes(OldModel("synthetic-v2-one-pass.bin")))));
        Assert.Null(old.FirstPass);
        Assert.Equal(1, old.Info.FormatVersion);
        AssertRewrittenScoresAlike(old, Path.Combine(SyntheticCorpus.Directory, "dev.txt"));
    }

    private static string OldModel(string name) => Path.Combine(AppContext.BaseDirectory, "Tagging", "Models", name);

    /// <summary>Saved in the current format and read back, the model has the same keys and tags every dev sentence alike.</summary>
    private static void AssertRewrittenScoresAlike(EntityTagger old, string devFile)
    {
        var rewritten = EntityTagger.Load(new MemoryStream(TrainingTests.Bytes(old)));
        Assert.Equal(ModelFormat.Version, rewritten.Info.FormatVersion);
        Assert.Equal(old.FeatureKeys(), rewritten.FeatureKeys());
        Assert.Equal(old.FirstPass?.FeatureKeys(), rewritten.FirstPass?.FeatureKeys());
        var dev = ConllReader.Read(devFile);
        var before = ModelEvaluator.Evaluate(old, dev, null);
        var after = ModelEvaluator.Evaluate(rewritten, dev, null);
        Assert.Equal(before.Mentions.SelectMany(m => m), after.Mentions.SelectMany(m => m));
        Assert.True(after.Score.F1 > 50, $"dev F1 {after.Score.F1}");
    }

    /// <summary>A version 1 file is a version 2 one-pass file without the trailing "no first pass" byte.</summary>
    private static byte[] RewriteAsVersionOne(byte[] file)
    {
        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(12));
        var payload = new byte[payloadLength];
        Assert.True(BrotliDecoder.TryDecompress(file.AsSpan(ModelFormat.OldHeaderLength), payload, out _));
        Assert.Equal(0, payload[^1]);
        var oldPayload = payload[..^1];
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(oldPayload.Length)];
        Assert.True(BrotliEncoder.TryCompress(oldPayload, compressed, out var written));
        var header = file[..ModelFormat.OldHeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), 1);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(12), oldPayload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(20), ModelFormat.Checksum(oldPayload));
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(28), written);
        return [.. header, .. compressed.AsSpan(0, written)];
    }

    private static (EntityTagger, TrainingOptions) Train()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"entity-extract-two-pass-{Environment.ProcessId}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "train.txt"), Documents(8, 50, 11));
        File.WriteAllText(Path.Combine(directory, "dev.txt"), Documents(3, 20, 12));
        var options = new TrainingOptions
        {
            TrainFiles = [Path.Combine(directory, "train.txt")],
            DevFile = Path.Combine(directory, "dev.txt"),
            Epochs = 3,
            Seed = 5,
            JackknifeFolds = 4,
            CaseAugmentation = 0.2,
        };
        return (TaggerTrainer.Train(options, null, CancellationToken.None), options);
    }

    private static string Documents(int count, int sentences, int seed) =>
        string.Concat(Enumerable.Range(0, count).Select(d => "-DOCSTART-\tO\n\n" + SyntheticCorpus.Generate(sentences, (seed * 100) + d)));
}
