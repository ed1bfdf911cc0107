namespace EntityExtract.Tagging.Features;

/// <summary>
/// Arabic names often carry a particle joined by a hyphen ("al-Assad", "el-Sisi", "bin-Laden",
/// "Abu-Bakr"). The part after the hyphen is the name proper; it is what gazetteers list and what
/// other mentions of the same name in a document use, so the features look at it too.
/// </summary>
internal static class ArabicParticle
{
    /// <summary>Length of the particle and hyphen when <paramref name="word"/> starts with one and a letter follows; otherwise 0.</summary>
    public static int PrefixLength(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen is < 2 or > 3 || hyphen + 1 >= word.Length || !char.IsLetter(word[hyphen + 1]))
        {
            return 0;
        }

        var particle = word[..hyphen];
        return particle.Equals("al", StringComparison.OrdinalIgnoreCase)
            || particle.Equals("el", StringComparison.OrdinalIgnoreCase)
            || particle.Equals("bin", StringComparison.OrdinalIgnoreCase)
            || particle.Equals("ibn", StringComparison.OrdinalIgnoreCase)
            || particle.Equals("abu", StringComparison.OrdinalIgnoreCase)
            || particle.Equals("abd", StringComparison.OrdinalIgnoreCase)
            ? hyphen + 1
            : 0;
    }
}
