using EntityExtract.Evaluation;

namespace EntityExtract.Training;

/// <summary>
/// Refuses data no model can be learnt from: a training or dev file that is empty, blank or
/// <c>-DOCSTART-</c> lines only gave a model that finds nothing, and the run still said it worked.
/// </summary>
internal static class TrainingDataCheck
{
    /// <summary>Throws <see cref="ArgumentException"/> (parameter <c>options</c>: the data refutes them) when no document has a token.</summary>
    public static void RequireTokens(IEnumerable<ConllDocument> documents, string what)
    {
        if (!documents.Any(static d => d.Tokens.Length > 0))
        {
            throw new ArgumentException($"{what} holds no tokens (it is empty, or blank and -DOCSTART- lines only): nothing to learn or check a model on.", "options");
        }
    }
}
