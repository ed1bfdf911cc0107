namespace EntityExtract.Training.Clusters;

/// <summary>
/// Readers for clustering text: plain text with one paragraph per line, and the word column of
/// CoNLL files. Each yields one token list per sentence (a paragraph counts as one), which is what
/// <see cref="BrownClusterer.Train"/> takes. Files are read lazily, line by line.
/// </summary>
public static class ClusterCorpus
{
    private const string DocumentStart = "-DOCSTART-";

    public static IEnumerable<IReadOnlyList<string>> ReadPlainText(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            var tokens = new List<string>();
            PlainTextTokenizer.Tokenize(line, tokens);
            if (tokens.Count > 0)
            {
                yield return tokens;
            }
        }
    }

    /// <summary>Yields CoNLL sentences (first column; blank lines end sentences; document markers skipped).</summary>
    public static IEnumerable<IReadOnlyList<string>> ReadConll(string path)
    {
        var tokens = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            ReadOnlySpan<char> text = line.AsSpan().Trim();
            if (text.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return tokens;
                    tokens = [];
                }

                continue;
            }

            int end = text.IndexOfAny(' ', '\t');
            ReadOnlySpan<char> word = end < 0 ? text : text[..end];
            if (!word.SequenceEqual(DocumentStart))
            {
                tokens.Add(word.ToString());
            }
        }

        if (tokens.Count > 0)
        {
            yield return tokens;
        }
    }
}
