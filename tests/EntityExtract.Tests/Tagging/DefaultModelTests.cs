using System.IO.Compression;
using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Tagging;

public class DefaultModelTests : IClassFixture<DefaultModelTests.ConllDevResult>
{
    private const string ConllDev = "data/conll2003/eng.testa";

    private readonly ConllDevResult _conllDev;

    public DefaultModelTests(ConllDevResult conllDev) => _conllDev = conllDev;

    private static Stream EmbeddedModel() =>
        typeof(EntityTagger).Assembly.GetManifestResourceStream(EntityTagger.EmbeddedModelResource)!;

    private static byte[] EmbeddedBytes()
    {
        using var resource = EmbeddedModel();
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    }

    [Fact]
    public void Embedded_model_tags_a_known_sentence()
    {
        var mentions = TestText.Tag(EntityTagger.Default, "Secretary", "of", "State", "John", "F.", "Kerry", "met", "Vladimir", "Putin", "in", "Moscow", ".");
        Assert.Equal(
            [("John F. Kerry", EntityType.Person), ("Vladimir Putin", EntityType.Person), ("Moscow", EntityType.Location)],
            mentions);
    }

    [Fact]
    public void Embedded_model_describes_itself()
    {
        var info = EntityTagger.Default.Info;
        Assert.Equal(17, info.Labels.Count);
        Assert.True(info.FeatureCount > 10_000);
        Assert.True(info.DevF1 >= 90.0, $"embedded model dev F1 {info.DevF1:F2}");
        Assert.Equal(10, info.DevReliability.Count);
    }

    [Fact]
    public void Embedded_model_is_read_in_place_and_passes_every_check_of_a_model_file()
    {
        Assert.True(EntityTagger.Default.Weights.InPlace);
        Assert.True(EntityTagger.Default.FirstPass!.Weights.InPlace);
        using var resource = EmbeddedModel();
        var checkedCopy = EntityTagger.Load(resource);
        Assert.False(checkedCopy.Weights.InPlace);
        var embedded = EmbeddedBytes();

        // Both write back the embedded bytes. Raw, because compressing 12 MB twice took half a minute.
        Assert.True(embedded.AsSpan().SequenceEqual(ModelFileTests.Raw(checkedCopy)), "the checked copy writes other bytes");
        Assert.True(embedded.AsSpan().SequenceEqual(ModelFileTests.Raw(EntityTagger.Default)), "the in-place model writes other bytes");
    }

    [Fact]
    public void Embedded_model_is_the_committed_archive_unpacked()
    {
        using var archive = ZipFile.OpenRead(Path.Combine(RepoPaths.Root, "src", "EntityExtract", "Tagging", "Resources", "default-model.zip"));
        var entry = Assert.Single(archive.Entries);
        Assert.Equal("default-model.bin", entry.FullName);
        using var unpacked = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(unpacked);
        }

        var embedded = EmbeddedBytes();
        Assert.True(unpacked.ToArray().AsSpan().SequenceEqual(embedded), "the embedded model is not the committed archive's");

        // The size the accuracy issue allows the embedded model.
        Assert.InRange(embedded.Length, 1, 40_000_000);
    }

    [Fact]
    public void Default_is_one_shared_instance() => Assert.Same(EntityTagger.Default, EntityTagger.Default);

    [SharedDataFact(ConllDev)]
    public void Quality_gate_on_conll_dev()
    {
        var result = _conllDev.Result;
        Assert.True(result.Score.F1 >= 93.5, $"dev F1 {result.Score.F1:F2} is below the 93.5 gate (shipped model: 93.67)\n{result.Score.ToReport()}");
    }

    /// <summary>
    /// Multi-genre floors (PER/LOC/ORG F1 on each genre's dev split): the accuracy issue's targets,
    /// which the shipped model meets (EXPERIMENTS.md row 38: 77.09, 75.41, 57.30), so that a
    /// retrained model cannot quietly give back what multi-genre training and Wikipedia clusters bought.
    /// </summary>
    [SharedDataFact(GumDev)]
    public void Quality_gate_on_gum_dev() => GateOnThreeTypes(GumDev, GumFloor);

    [SharedDataFact(UnerDev)]
    public void Quality_gate_on_uner_dev() => GateOnThreeTypes(UnerDev, UnerFloor);

    [SharedDataFact(WnutDev)]
    public void Quality_gate_on_wnut_dev() => GateOnThreeTypes(WnutDev, WnutFloor);

    private static void GateOnThreeTypes(string relativePath, double floor)
    {
        var result = ModelEvaluator.Evaluate(EntityTagger.Default, ConllReader.Read(RepoPaths.Shared(relativePath)), s_threeTypes);
        Assert.True(result.Score.F1 >= floor, $"{relativePath}: 3-type F1 {result.Score.F1:F2} is below the {floor:F1} gate\n{result.Score.ToReport()}");
    }

    private const string GumDev = "data/gum/gum-dev.iob2";
    private const string UnerDev = "data/uner-ewt/dev.iob2";
    private const string WnutDev = "data/wnut17/dev.iob2";
    private const double GumFloor = 76.0;
    private const double UnerFloor = 75.0;
    private const double WnutFloor = 55.0;

    private static readonly HashSet<EntityType> s_threeTypes = [EntityType.Person, EntityType.Location, EntityType.Organization];

    [SharedDataFact(ConllDev)]
    public void Prediction_writer_appends_a_column_in_the_file_scheme()
    {
        var (corpus, result) = (_conllDev.Corpus, _conllDev.Result);
        using var writer = new StringWriter();
        ConllPredictionWriter.Write(corpus, result, writer);
        var lines = writer.ToString().Split('\n');
        Assert.Equal(corpus.Lines.Count + 1, lines.Length);
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Equal(5, l.Split(' ').Length));

        // Re-reading the written file scores the appended column like the evaluator did.
        var rescored = new ConllScorer();
        using var folder = new TempFolder();
        var predicted = ConllReader.Read(folder.File("predictions.txt", writer.ToString()));
        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            foreach (var sentence in corpus.Documents[d].Sentences)
            {
                var range = new Range(sentence.FirstToken, sentence.EndToken);
                rescored.AddSentence(corpus.Documents[d].GoldTags.AsSpan(range), predicted.Documents[d].GoldTags.AsSpan(range));
            }
        }

        Assert.Equal(result.Score.F1, rescored.GetScore().F1, 10);
        Assert.Equal(result.Score.Accuracy, rescored.GetScore().Accuracy, 10);
    }

    /// <summary>CoNLL-2003 dev tagged once for the class: the gate and the prediction writer read the same result.</summary>
    public sealed class ConllDevResult
    {
        private readonly Lazy<(ConllCorpus Corpus, EvaluationResult Result)> _run = new(() =>
        {
            var corpus = ConllReader.Read(RepoPaths.Shared(ConllDev));
            return (corpus, ModelEvaluator.Evaluate(EntityTagger.Default, corpus, null));
        });

        public ConllCorpus Corpus => _run.Value.Corpus;

        public EvaluationResult Result => _run.Value.Result;
    }
}
