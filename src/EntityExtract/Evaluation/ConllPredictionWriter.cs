namespace EntityExtract.Evaluation;

/// <summary>
/// Writes a CoNLL file back with the predicted tag as an extra last column, in the file's own
/// scheme (IOB1 stays IOB1, so conlleval's token accuracy stays meaningful). Blank lines are kept;
/// <c>-DOCSTART-</c> lines get an O so every non-blank line has the same column count.
/// The separator is a tab when the line uses tabs, otherwise a space.
/// </summary>
public static class ConllPredictionWriter
{
    public static void Write(ConllCorpus corpus, EvaluationResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var predicted = new string?[corpus.Lines.Count];
        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            var document = corpus.Documents[d];
            var tags = result.PredictedTags[d];
            for (var t = 0; t < document.Tokens.Length; t++)
            {
                predicted[document.TokenLines[t]] = tags[t].ToString(corpus.Scheme);
            }
        }

        for (var i = 0; i < corpus.Lines.Count; i++)
        {
            WriteLine(corpus.Lines[i], predicted[i], output);
        }
    }

    /// <summary>
    /// Writes <paramref name="lines"/> (numbered from <paramref name="firstLine"/>) back, the tokens
    /// of <paramref name="document"/> among them with <paramref name="tags"/>: the streamed form of
    /// <see cref="Write"/>, one document at a time.
    /// </summary>
    internal static void WriteLines(List<string> lines, int firstLine, ConllDocument? document, ConllTag[]? tags, TagScheme scheme, TextWriter output)
    {
        var predicted = new string?[lines.Count];
        if (document is not null && tags is not null)
        {
            for (var t = 0; t < document.Tokens.Length; t++)
            {
                predicted[document.TokenLines[t] - firstLine] = tags[t].ToString(scheme);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            WriteLine(lines[i], predicted[i], output);
        }
    }

    private static void WriteLine(string raw, string? predicted, TextWriter output)
    {
        var line = raw.TrimEnd();
        if (line.Length == 0)
        {
            output.Write('\n');
            return;
        }

        var separator = line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ';
        output.Write(line);
        output.Write(separator);
        output.Write(predicted ?? "O");
        output.Write('\n');
    }
}
