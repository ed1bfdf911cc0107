namespace EntityExtract.Entities;

/// <summary>The titles that say a person is a woman or a man (folded), for telling a couple apart.</summary>
internal static class TitleGender
{
    private static readonly HashSet<string> Hers = new(StringComparer.Ordinal) { "mrs", "mrs.", "ms", "ms.", "miss", "mme", "mme.", "madame", "lady", "dame" };
    private static readonly HashSet<string> His = new(StringComparer.Ordinal) { "mr", "mr.", "sir", "lord", "monsieur" };

    public static bool IsHers(string title) => Hers.Contains(title);

    public static bool IsHis(string title) => His.Contains(title);

    /// <summary>
    /// A gendered title written just before a name the tagger found without it ("Mrs" in
    /// "Mrs Howard" where the mention is "Howard"): the title folded and as written, or null.
    /// </summary>
    public static (string Folded, string Shown)? Before(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end == start || end == 0)
        {
            return null;
        }

        var first = end;
        while (first > 0 && end - first < 8 && (char.IsLetter(text[first - 1]) || text[first - 1] == '.'))
        {
            first--;
        }

        if (first == end || (first > 0 && char.IsLetterOrDigit(text[first - 1])))
        {
            return null;
        }

        var shown = text[first..end].ToString();
        var folded = shown.ToLowerInvariant();
        return IsHers(folded) || IsHis(folded) ? (folded, shown) : null;
    }
}
