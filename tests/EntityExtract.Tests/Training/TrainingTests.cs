using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tests.Tagging;
using EntityExtract.Training;

namespace EntityExtract.Tests.Training;

public class TrainingTests
{
    [Fact]
    public void Learns_the_synthetic_corpus()
    {
        var mentions = TestText.Tag(SyntheticCorpus.Tagger, "Greta", "Sato", "visited", "Hanoi", "today", ".");
        Assert.Equal([("Greta Sato", EntityType.Person), ("Hanoi", EntityType.Location)], mentions);

        mentions = TestText.Tag(SyntheticCorpus.Tagger, "In", "Oslo", ",", "Rossi", "met", "Globex", "Corp", ".");
        Assert.Equal([("Oslo", EntityType.Location), ("Rossi", EntityType.Person), ("Globex Corp", EntityType.Organization)], mentions);
    }

    [Fact]
    public void Reports_perfect_dev_score_and_calibrated_confidences()
    {
        var tagger = SyntheticCorpus.Tagger;
        Assert.Equal(100.0, tagger.Info.DevF1, 6);
        var dev = ConllReader.Read(Path.Combine(SyntheticCorpus.Directory, "dev.txt"));
        var result = ModelEvaluator.Evaluate(tagger, dev, null);
        Assert.Equal(100.0, result.Score.F1, 6);
        Assert.All(result.Mentions.SelectMany(m => m), m => Assert.InRange(m.Score, 0f, 1f));
    }

    [Fact]
    public void Same_data_and_seed_give_identical_bytes()
    {
        var again = TaggerTrainer.Train(SyntheticCorpus.Options(SyntheticCorpus.Directory), null, CancellationToken.None);
        Assert.Equal(Bytes(SyntheticCorpus.Tagger), Bytes(again));
    }

    [Fact]
    public void Reports_epoch_progress()
    {
        var reports = new List<TrainingProgress>();
        TaggerTrainer.Train(SyntheticCorpus.Options(SyntheticCorpus.Directory) with { Epochs = 2 }, new ListProgress(reports), CancellationToken.None);
        var epochs = reports.Where(r => r.Epoch is not null).Select(r => r.Epoch!).ToList();
        Assert.Equal([1, 2], epochs.Select(e => e.Epoch));
        Assert.Contains(reports, r => r.Stage == TrainingStage.Training && r.Total > 0);
        Assert.Equal(TrainingStage.Done, reports[^1].Stage);
    }

    internal static byte[] Bytes(EntityTagger tagger)
    {
        using var memory = new MemoryStream();
        tagger.Save(memory);
        return memory.ToArray();
    }

    private sealed class ListProgress(List<TrainingProgress> reports) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => reports.Add(value);
    }
}
