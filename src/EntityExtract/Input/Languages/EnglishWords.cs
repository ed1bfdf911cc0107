namespace EntityExtract.Input.Languages;

/// <summary>
/// English function words (the, of, and, …), the fast half of language detection. Running English prose has one in four or more; other languages in Latin
/// script have almost none, as they share few of them (<c>in</c>, <c>a</c>). A file that passes
/// needs no language model, so plain English runs never load one.
/// </summary>
internal static class EnglishWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "is", "was", "for", "on", "that", "with", "as", "by", "at", "from",
        "it", "he", "she", "his", "her", "they", "their", "have", "has", "had", "are", "were", "be",
        "been", "this", "which", "who", "will", "would", "said", "not", "but", "or", "an", "its",
        "after", "about", "than", "we", "you", "i", "my", "our", "your", "me", "there", "what",
        "when", "if", "can", "just", "do", "so", "no", "all", "one", "up", "out", "more", "also",
        "new", "two", "first", "over", "into", "could", "should", "year", "last", "being", "these",
        "those", "them", "him", "us", "how", "why", "where", "get", "got", "like", "lol", "im",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => word.Length <= 5 && Lookup.Contains(word);
}
