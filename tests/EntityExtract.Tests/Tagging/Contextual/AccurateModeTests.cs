using EntityExtract.Tagging;
using EntityExtract.Tagging.Contextual;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Tagging.Contextual;

/// <summary>
/// The accurate model (<c>--accurate</c>): the encoder runs (slow: a second or more to open it),
/// and the default model never opens it. One collection, so that no other test opens the
/// encoder while the default path is watched.
/// </summary>
[Collection(nameof(AccurateModeTests))]
public class AccurateModeTests
{
    [Fact]
    public void The_embedded_accurate_archive_holds_a_two_pass_model_and_its_centroids()
    {
        var accurate = EntityTagger.Accurate;
        Assert.True(accurate.IsContextual);
        Assert.NotNull(accurate.FirstPass);
        Assert.Equal([128, 512, 2048], Enumerable.Range(0, 3).Select(accurate.Contextual!.Quantizer.CentroidCount));
        Assert.True(accurate.Info.DevF1 >= 93.5, $"dev F1 {accurate.Info.DevF1}");
        Assert.Same(accurate, EntityTagger.Accurate);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_accurate_model_tags_known_sentences()
    {
        Assert.True(EntityTagger.Accurate.IsContextual);
        var mentions = TestText.Tag(EntityTagger.Accurate, "Secretary", "of", "State", "John", "F.", "Kerry", "met", "Vladimir", "Putin", "in", "Moscow", ".");
        Assert.Equal(
            [("John F. Kerry", EntityType.Person), ("Vladimir Putin", EntityType.Person), ("Moscow", EntityType.Location)],
            mentions);
        mentions = TestText.Tag(EntityTagger.Accurate, "lol", "just", "saw", "taylor", "swift", "at", "madison", "square", "garden", "!!");
        Assert.Equal([("taylor swift", EntityType.Person), ("madison square garden", EntityType.Location)], mentions);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Accurate_output_is_identical_with_1_and_2_threads()
    {
        using var folder = new TempFolder();
        foreach (var sample in Directory.GetFiles(RepoPaths.Samples, "*.txt"))
        {
            folder.File("docs/" + Path.GetFileName(sample), File.ReadAllText(sample));
        }

        var one = CliProcess.Run(folder.Path, null, "extract", "--accurate", "--threads", "1", "-q", "docs");
        var two = CliProcess.Run(folder.Path, null, "extract", "--accurate", "--threads", "2", "-q", "docs");
        Assert.Equal(0, one.ExitCode);
        Assert.True(one.StdoutBytes.Length > 500, "expected real output");
        Assert.Equal(one.StdoutBytes, two.StdoutBytes);
    }

    [Fact]
    public void The_default_model_never_opens_the_encoder()
    {
        static bool OnnxLoaded() => AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "Microsoft.ML.OnnxRuntime");
        var loadedBefore = OnnxLoaded();
        var opened = ContextEncoder.Opened;
        Assert.False(EntityTagger.Default.IsContextual);
        var mentions = TestText.Tag(EntityTagger.Default, "John", "Kerry", "met", "Vladimir", "Putin", "in", "Moscow", ".");
        Assert.NotEmpty(mentions);
        Assert.Equal(opened, ContextEncoder.Opened);
        if (!loadedBefore)
        {
            Assert.False(OnnxLoaded(), "tagging with the default model loaded ONNX Runtime");
        }
    }
}
