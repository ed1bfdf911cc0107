namespace EntityExtract.Tests.Training.Clusters;

/// <summary>Small corpora for clustering tests: one with obvious word classes, one seeded random.</summary>
internal static class SyntheticCorpus
{
    public static readonly string[] Determiners = ["the", "a"];
    public static readonly string[] Nouns = ["cat", "dog", "bird", "fish", "horse"];
    public static readonly string[] Verbs = ["chases", "sees", "likes", "bites", "follows"];

    /// <summary>
    /// Every "determiner noun verb determiner noun" sentence. Verbs need a right context too: with
    /// bare "the cat runs", determiners (only ever left of a noun) and verbs (only ever right of
    /// one) can be merged at no loss of mutual information, and the test would prove nothing.
    /// </summary>
    public static List<IReadOnlyList<string>> Classes()
    {
        var sentences = new List<IReadOnlyList<string>>();
        foreach (string determiner in Determiners)
        {
            foreach (string noun in Nouns)
            {
                foreach (string verb in Verbs)
                {
                    foreach (string objectDeterminer in Determiners)
                    {
                        foreach (string objectNoun in Nouns)
                        {
                            sentences.Add([determiner, noun, verb, objectDeterminer, objectNoun]);
                        }
                    }
                }
            }
        }

        return sentences;
    }

    /// <summary>
    /// Sentences from a seeded random Markov chain over <paramref name="vocabulary"/> words with
    /// skewed frequencies, so words enter the window at different counts and contexts overlap.
    /// </summary>
    public static List<IReadOnlyList<string>> Random(int seed, int vocabulary, int sentenceCount)
    {
        var random = new Random(seed);
        var sentences = new List<IReadOnlyList<string>>();
        for (int s = 0; s < sentenceCount; s++)
        {
            int length = random.Next(1, 12);
            var sentence = new List<string>(length);
            int previous = random.Next(vocabulary);
            for (int t = 0; t < length; t++)
            {
                // Half the time follow a fixed successor of the previous word, else a skewed draw.
                int next = random.Next(2) == 0
                    ? (previous * 7 + 3) % vocabulary
                    : (int)(vocabulary * Math.Pow(random.NextDouble(), 2.5));
                sentence.Add(WordName(next));
                previous = next;
            }

            sentences.Add(sentence);
        }

        return sentences;
    }

    // Letters, not digits: cluster keys collapse digits, which would fold "w12" into "w13".
    private static string WordName(int index)
    {
        var name = new System.Text.StringBuilder("w");
        do
        {
            name.Append((char)('a' + (index % 26)));
            index /= 26;
        }
        while (index > 0);

        return name.ToString();
    }
}
