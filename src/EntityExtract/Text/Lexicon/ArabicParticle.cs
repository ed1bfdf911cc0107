namespace EntityExtract.Text.Lexicon;

/// <summary>
/// Arabic names often carry a particle joined by a hyphen ("al-Assad", "el-Sisi", "bin-Laden",
/// "Abu-Bakr"). The part after the hyphen is the name proper; it is what gazetteers list and what
/// other mentions of the same name in a document use, so the tagger's features look at it too.
/// Of the particles, only the article (<c>al</c>, <c>el</c>) is often dropped in later mentions
/// ("Assad" after "Bashar al-Assad"), so entity joining strips that one alone.
/// </summary>
public static class ArabicParticle
{
    /// <summary>The article: dropped in later mentions of the same name.</summary>
    private static readonly string[] Articles = ["al", "el"];

    /// <summary>The other particles (son of, father of, servant of): part of the name.</summary>
    private static readonly string[] Kinship = ["bin", "ibn", "abu", "abd"];

    /// <summary>Length of the particle and hyphen when <paramref name="word"/> starts with one and a letter follows; otherwise 0.</summary>
    public static int PrefixLength(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen is < 2 or > 3 || hyphen + 1 >= word.Length || !char.IsLetter(word[hyphen + 1]))
        {
            return 0;
        }

        var particle = word[..hyphen];
        return IsOneOf(particle, Articles) || IsOneOf(particle, Kinship) ? hyphen + 1 : 0;
    }

    /// <summary>
    /// A folded (lower-case) word without its leading article and hyphen: "al-assad" → "assad";
    /// any other word as it is.
    /// </summary>
    public static ReadOnlySpan<char> WithoutArticle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var article in Articles)
        {
            if (word.Length > article.Length && word[article.Length] == '-' && word.StartsWith(article, StringComparison.Ordinal))
            {
                return word.AsSpan(article.Length + 1);
            }
        }

        return word;
    }

    private static bool IsOneOf(ReadOnlySpan<char> particle, string[] particles)
    {
        foreach (var p in particles)
        {
            if (particle.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
