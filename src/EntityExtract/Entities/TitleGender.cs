namespace EntityExtract.Entities;

/// <summary>The titles that say a person is a woman or a man (folded), for telling a couple apart.</summary>
internal static class TitleGender
{
    private static readonly HashSet<string> Hers = new(StringComparer.Ordinal) { "mrs", "mrs.", "ms", "ms.", "miss", "mme", "mme.", "madame", "lady", "dame" };
    private static readonly HashSet<string> His = new(StringComparer.Ordinal) { "mr", "mr.", "sir", "lord", "monsieur" };

    public static bool IsHers(string title) => Hers.Contains(title);

    public static bool IsHis(string title) => His.Contains(title);
}
