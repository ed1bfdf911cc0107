using System.Collections.Frozen;
using System.Reflection;

namespace EntityExtract.Entities;

/// <summary>Titles and offices that precede a person's name (embedded list, loaded once).</summary>
internal static class PersonTitles
{
    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    public static bool Contains(string foldedWord) => Words.Value.Contains(foldedWord);

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("EntityExtract.Entities.Resources.person-titles.txt")
            ?? throw new InvalidOperationException("The person-titles resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
