using EntityExtract.Evaluation;
using EntityExtract.Tests.Tagging;
using EntityExtract.Training;

namespace EntityExtract.Tests.Training;

public class SilverTrainingTests
{
    [Fact]
    public void Silver_documents_are_sampled_weighted_and_not_case_copied()
    {
        var directory = SyntheticCorpus.Directory;
        var silverPath = Path.Combine(directory, "silver.txt");
        File.WriteAllText(silverPath, SyntheticCorpus.Generate(200, 3));
        var options = SyntheticCorpus.Options(directory) with
        {
            CaseAugmentation = 0.5,
            SilverTrainFiles = [silverPath],
            SilverFraction = 0.5,
            SilverWeight = 0.25f,
        };
        var gold = ConllReader.Read(options.TrainFiles[0]);
        var silver = ConllReader.Read(silverPath);
        var documents = TrainingDocuments.Collect([gold], [silver], options);
        var goldOnly = TrainingDocuments.Collect([gold], options);

        var silverCount = documents.Documents.Count - goldOnly.Documents.Count;
        Assert.InRange(silverCount, 60, 140);
        Assert.Equal(goldOnly.Documents.Select(d => d.Text), documents.Documents.Take(goldOnly.Documents.Count).Select(d => d.Text));
        Assert.All(documents.Weights.Take(goldOnly.Documents.Count), w => Assert.Equal(1f, w));
        Assert.All(documents.Weights.Skip(goldOnly.Documents.Count), w => Assert.Equal(0.25f, w));
        Assert.All(documents.Documents.Skip(goldOnly.Documents.Count), d => Assert.Contains(d, silver.Documents));
        Assert.Equal(documents.GroupCount, documents.Groups.Distinct().Count());

        var again = TrainingDocuments.Collect([gold], [silver], options);
        Assert.Equal(documents.Documents.Select(d => d.Text), again.Documents.Select(d => d.Text));
    }

    [Fact]
    public void Silver_training_is_reproducible_and_changes_the_model()
    {
        var directory = SyntheticCorpus.Directory;
        var silverPath = Path.Combine(directory, "silver-train.txt");
        File.WriteAllText(silverPath, SyntheticCorpus.Generate(100, 4));
        var options = SyntheticCorpus.Options(directory) with { SilverTrainFiles = [silverPath], SilverFraction = 0.7, SilverWeight = 0.3f };
        var first = TrainingTests.Bytes(TaggerTrainer.Train(options, null, CancellationToken.None));
        var second = TrainingTests.Bytes(TaggerTrainer.Train(options, null, CancellationToken.None));
        Assert.Equal(first, second);
        Assert.NotEqual(TrainingTests.Bytes(SyntheticCorpus.Tagger), first);
    }

    [Theory]
    [InlineData(0.0, 0.5f)]
    [InlineData(1.5, 0.5f)]
    [InlineData(0.5, 0f)]
    [InlineData(0.5, 1.5f)]
    public void Bad_silver_settings_are_rejected(double fraction, float weight) =>
        Assert.Throws<ArgumentException>(() =>
            (SyntheticCorpus.Options(SyntheticCorpus.Directory) with { SilverFraction = fraction, SilverWeight = weight }).Validate());
}
