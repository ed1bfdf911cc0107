using EntityExtract.Evaluation;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tests.Tagging;
using EntityExtract.Training;

namespace EntityExtract.Tests.Training;

public class MultiGenreTrainingTests
{
    [Fact]
    public void TrainingFileSettingsAreParsed()
    {
        Assert.Equal(new TrainingSource("a/train.iob2", 1f, 0), TrainingSource.Parse("a/train.iob2"));
        var source = TrainingSource.Parse("a,b/train.iob2,weight=0.5,unlabelled=MISC+ORG");
        Assert.Equal("a,b/train.iob2", source.Path);
        Assert.Equal(0.5f, source.Weight);
        Assert.Equal((byte)((1 << (int)EntityType.Misc) | (1 << (int)EntityType.Organization)), source.UnlabelledTypes);
    }

    [Theory]
    [InlineData("x,weight=0")]
    [InlineData("x,weight=5")]
    [InlineData("x,unlabelled=THING")]
    [InlineData("x,colour=red")]
    [InlineData("x,domain=web")]
    public void BadTrainingFileSettingsAreRejected(string spec) =>
        Assert.Throws<ArgumentException>(() => (SyntheticCorpus.Options(SyntheticCorpus.Directory) with { TrainFiles = [spec] }).Validate());

    [Fact]
    public void SettingsFollowTheDocumentsOfTheirFile()
    {
        var options = SyntheticCorpus.Options(SyntheticCorpus.Directory) with { CaseAugmentation = 0 };
        var corpus = ConllReader.Read(options.TrainFiles[0]);
        var plain = new TrainingSource(corpus.Path, 1f, 0);
        var masked = TrainingSource.Parse(corpus.Path + ",weight=0.5,unlabelled=MISC");
        var documents = TrainingDocuments.Collect([(corpus, plain), (corpus, masked)], options);
        var half = documents.Documents.Count / 2;
        Assert.All(documents.Weights.Take(half), w => Assert.Equal(1f, w));
        Assert.All(documents.Weights.Skip(half), w => Assert.Equal(0.5f, w));
        Assert.All(documents.Unlabelled.Skip(half), m => Assert.Equal(1 << (int)EntityType.Misc, m));
    }

    [Fact]
    public void UnlabelledTypesTrainReproduciblyAndChangeTheModel()
    {
        var directory = SyntheticCorpus.Directory;
        var other = Path.Combine(directory, "other-genre.txt");
        File.WriteAllText(other, SyntheticCorpus.Generate(100, 7));
        var options = SyntheticCorpus.Options(directory);
        options = options with { TrainFiles = [options.TrainFiles[0], other + ",unlabelled=MISC"] };
        var first = TaggerTrainer.Train(options, null, CancellationToken.None);
        var second = TaggerTrainer.Train(options, null, CancellationToken.None);
        Assert.Equal(TrainingTests.Bytes(first), TrainingTests.Bytes(second));

        var labelled = TaggerTrainer.Train(options with { TrainFiles = [options.TrainFiles[0], other] }, null, CancellationToken.None);
        Assert.NotEqual(TrainingTests.Bytes(labelled), TrainingTests.Bytes(first));
    }
}
