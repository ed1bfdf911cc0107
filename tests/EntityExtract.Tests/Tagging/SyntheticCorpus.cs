using System.Text;
using EntityExtract.Tagging;
using EntityExtract.Training;

namespace EntityExtract.Tests.Tagging;

/// <summary>A small seeded synthetic corpus (IOB2) and a model trained on it once per test run.</summary>
internal static class SyntheticCorpus
{
    private static readonly string[] s_first = ["Anna", "Boris", "Clara", "David", "Elena", "Farid", "Greta", "Hugo"];
    private static readonly string[] s_last = ["Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka", "Ulrich"];
    private static readonly string[] s_cities = ["Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Quito"];
    private static readonly string[] s_orgs = ["Acme", "Globex", "Initech", "Umbrella"];

    private static readonly Lazy<(EntityTagger Tagger, string Directory)> s_trained = new(TrainModel);

    public static EntityTagger Tagger => s_trained.Value.Tagger;

    public static string Directory => s_trained.Value.Directory;

    public static string Generate(int sentences, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var s = 0; s < sentences; s++)
        {
            var first = s_first[random.Next(s_first.Length)];
            var last = s_last[random.Next(s_last.Length)];
            var city = s_cities[random.Next(s_cities.Length)];
            var org = s_orgs[random.Next(s_orgs.Length)];
            switch (random.Next(3))
            {
                case 0:
                    Line(text, first, "B-PER"); Line(text, last, "I-PER"); Line(text, "visited", "O"); Line(text, city, "B-LOC"); Line(text, "today", "O");
                    break;
                case 1:
                    Line(text, org, "B-ORG"); Line(text, "Corp", "I-ORG"); Line(text, "hired", "O"); Line(text, first, "B-PER"); Line(text, last, "I-PER");
                    break;
                default:
                    Line(text, "In", "O"); Line(text, city, "B-LOC"); Line(text, ",", "O"); Line(text, last, "B-PER"); Line(text, "met", "O"); Line(text, org, "B-ORG"); Line(text, "Corp", "I-ORG");
                    break;
            }

            Line(text, ".", "O");
            text.Append('\n');
        }

        return text.ToString();
    }

    public static TrainingOptions Options(string directory) => new()
    {
        TrainFiles = [Path.Combine(directory, "train.txt")],
        DevFile = Path.Combine(directory, "dev.txt"),
        Epochs = 4,
        Seed = 7,
    };

    private static (EntityTagger, string) TrainModel()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"entity-extract-synthetic-{Environment.ProcessId}");
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "train.txt"), Generate(400, 1));
        File.WriteAllText(Path.Combine(directory, "dev.txt"), Generate(60, 2));
        return (TaggerTrainer.Train(Options(directory), null, CancellationToken.None), directory);
    }

    private static void Line(StringBuilder text, string token, string tag) => text.Append(token).Append('\t').Append(tag).Append('\n');
}
