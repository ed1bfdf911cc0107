namespace EntityExtract.Training.Clusters;

/// <summary>The embedded list of words that keep their final period, loaded once.</summary>
internal static class Abbreviations
{
    private const string ResourceName = "EntityExtract.Training.Clusters.Resources.abbreviations.txt";

    private static readonly HashSet<string> Words = Load();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using Stream stream = typeof(Abbreviations).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}
