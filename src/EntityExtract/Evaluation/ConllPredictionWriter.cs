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
            var line = corpus.Lines[i].TrimEnd();
            if (line.Length == 0)
            {
                output.Write('\n');
                continue;
            }

            var separator = line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ';
            output.Write(line);
            output.Write(separator);
            output.Write(predicted[i] ?? "O");
            output.Write('\n');
        }
    }
}
