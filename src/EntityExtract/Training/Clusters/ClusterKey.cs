namespace EntityExtract.Training.Clusters;

/// <summary>
/// The form a word takes as a cluster key. Training and lookup must agree on it, so both go through here.
/// Case is kept (capitalisation is a strong name cue) and every ASCII digit becomes '0', so that
/// "1987" and "1996" share one entry instead of splitting thin counts over many numbers.
/// </summary>
public static class ClusterKey
{
    /// <summary>Longer tokens (table rules, URLs, garbage) are not clustered; training treats them as a break.</summary>
    public const int MaxLength = 64;

    public static string Normalize(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAnyInRange('1', '9') < 0)
        {
            return word.ToString();
        }

        return string.Create(word.Length, word, static (destination, source) => Normalize(source, destination));
    }

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="destination"/>, which must be at least as long.</summary>
    public static void Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (destination.Length < word.Length)
        {
            throw new ArgumentException("The destination is shorter than the word.", nameof(destination));
        }

        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            destination[i] = c is >= '1' and <= '9' ? '0' : c;
        }
    }
}
