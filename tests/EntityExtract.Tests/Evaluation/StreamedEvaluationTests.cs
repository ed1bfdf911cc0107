using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Evaluation;

/// <summary>
/// <c>eval</c> streams a file document by document; it must give the figures and the prediction
/// bytes of the whole file read at once, and refuse a document too large to hold.
/// </summary>
public sealed class StreamedEvaluationTests
{
    private const string WithDocuments = """
        -DOCSTART- -X- O O

        EU NNP I-NP B-ORG
        rejects VBZ I-VP O
        German JJ I-NP B-MISC
        call NN I-NP O
        by IN I-PP O
        Angela NNP I-NP B-PER
        Merkel NNP I-NP I-PER
        . . O O

        Peter NNP I-NP B-PER
        Blackburn NNP I-NP I-PER
        visited VBD I-VP O
        Paris NNP I-NP B-LOC

        -DOCSTART- -X- O O

        Apple NNP I-NP B-ORG
        opened VBD I-VP O
        an DT I-NP O
        office NN I-NP O
        in IN I-PP O
        Berlin NNP I-NP B-LOC
        . . O O

        """;

    private const string Sentences = "Emmanuel\tB-PER\nMacron\tI-PER\nmet\tO\nreporters\tO\nin\tO\nLyon\tB-LOC\n\n\nThe\tO\nUnited\tB-ORG\nNations\tI-ORG\nmet\tO\n";

    [Theory]
    [InlineData(WithDocuments)]
    [InlineData(Sentences)]
    public void Streaming_gives_the_figures_and_predictions_of_the_whole_file(string conll)
    {
        using var folder = new TempFolder();
        var path = folder.File("gold.conll", conll);
        var corpus = ConllReader.Read(path);
        var whole = ModelEvaluator.Evaluate(EntityTagger.Default, corpus, null);
        var wholePredictions = new StringWriter();
        ConllPredictionWriter.Write(corpus, whole, wholePredictions);

        var streamedPredictions = new StringWriter();
        var streamed = ConllFileEvaluator.Evaluate(EntityTagger.Default, ConllDocumentStream.Open(path), null, streamedPredictions);

        Assert.Equal(whole.Score.ToReport(), streamed.Score.ToReport());
        Assert.Equal(EvaluationTable.Row("gold.conll", corpus, whole), EvaluationTable.Row("gold.conll", streamed.Score, streamed.ThreeTypes));
        Assert.Equal(Reliability.Table(whole, corpus), streamed.Reliability);
        Assert.Equal(wholePredictions.ToString(), streamedPredictions.ToString());
    }

    [Fact]
    public void A_sentence_too_long_to_hold_is_refused_with_its_line()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("long.conll");
        using (var writer = new StreamWriter(path))
        {
            for (var i = 0; i <= ConllDocumentStream.MaxDocumentTokens; i++)
            {
                writer.Write("word\tO\n");
            }
        }

        var error = Assert.Throws<ConllFormatException>(() => ConllDocumentStream.Open(path));

        Assert.Contains("1000001", error.Message, StringComparison.Ordinal);
        Assert.Contains("split it with blank or -DOCSTART- lines", error.Message, StringComparison.Ordinal);
    }
}
