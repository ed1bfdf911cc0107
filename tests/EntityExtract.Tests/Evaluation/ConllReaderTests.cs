using EntityExtract.Evaluation;

namespace EntityExtract.Tests.Evaluation;

public class ConllReaderTests
{
    [Fact]
    public void Reads_iob1_documents_into_text_buffers()
    {
        var corpus = Parse("""
            -DOCSTART- -X- O O

            EU NNP I-NP I-ORG
            rejects VBZ I-VP O
            German JJ I-NP I-MISC
            call NN I-NP O

            Peter NNP I-NP I-PER
            Blackburn NNP I-NP I-PER
            -DOCSTART- -X- O O

            Paris NNP I-NP I-LOC
            Berlin NNP I-NP B-LOC
            """);

        Assert.Equal(TagScheme.Iob1, corpus.Scheme);
        Assert.Equal(2, corpus.Documents.Count);
        var first = corpus.Documents[0];
        Assert.Equal("EU rejects German call\nPeter Blackburn\n", first.Text);
        Assert.Equal(2, first.Sentences.Length);
        Assert.Equal("Blackburn", first.Tokens[5].Slice(first.Text).ToString());
        Assert.Equal(["U-ORG", "O", "U-MISC", "O", "B-PER", "L-PER"], Labels(first));
        Assert.Equal(["U-LOC", "U-LOC"], Labels(corpus.Documents[1]));
        Assert.Equal(8, first.TokenLines[5]);
    }

    [Fact]
    public void Iob2_and_bioes_and_bilou_give_the_same_spans()
    {
        var iob2 = Parse("A\tB-PER\nB\tI-PER\nC\tO\nD\tB-LOC\nE\tB-LOC\n");
        var bioes = Parse("A\tB-PER\nB\tE-PER\nC\tO\nD\tS-LOC\nE\tS-LOC\n");
        var bilou = Parse("A\tB-PER\nB\tL-PER\nC\tO\nD\tU-LOC\nE\tU-LOC\n");

        Assert.Equal(TagScheme.Iob2, iob2.Scheme);
        Assert.Equal(TagScheme.Bioes, bioes.Scheme);
        Assert.Equal(TagScheme.Bilou, bilou.Scheme);
        string[] expected = ["B-PER", "L-PER", "O", "U-LOC", "U-LOC"];
        Assert.Equal(expected, Labels(iob2.Documents[0]));
        Assert.Equal(expected, Labels(bioes.Documents[0]));
        Assert.Equal(expected, Labels(bilou.Documents[0]));
    }

    [Fact]
    public void Iob1_inside_after_other_type_starts_an_entity()
    {
        var corpus = Parse("A I-PER\nB I-LOC\nC I-LOC\nD O\nE I-ORG\n");
        Assert.Equal(["U-PER", "B-LOC", "L-LOC", "O", "U-ORG"], Labels(corpus.Documents[0]));
    }

    [Fact]
    public void Stray_last_tag_opens_a_one_token_entity_like_conlleval()
    {
        var corpus = Parse("A O\nB L-PER\n");
        Assert.Equal(["O", "U-PER"], Labels(corpus.Documents[0]));
    }

    [Fact]
    public void Wrong_column_count_names_file_and_line()
    {
        var ex = Assert.Throws<ConllFormatException>(() => Parse("A NNP I-PER\nB NNP O\n\nC O\n", "bad.conll"));
        Assert.Equal("bad.conll", ex.FilePath);
        Assert.Equal(4, ex.LineNumber);
        Assert.StartsWith("bad.conll:4:", ex.Message);
    }

    [Fact]
    public void Single_column_line_is_rejected()
    {
        var ex = Assert.Throws<ConllFormatException>(() => Parse("A O\nlonely\n", "one.conll"));
        Assert.Equal(2, ex.LineNumber);
    }

    [Theory]
    [InlineData("I-FOO")]
    [InlineData("X-PER")]
    [InlineData("B-")]
    [InlineData("PER")]
    public void Unknown_tag_is_rejected(string tag)
    {
        var ex = Assert.Throws<ConllFormatException>(() => Parse($"A O\nB {tag}\n", "tags.conll"));
        Assert.Equal(2, ex.LineNumber);
        Assert.Contains(tag, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_without_doc_start_makes_one_document_per_sentence()
    {
        var corpus = Parse("A\tB-PER\n\nB\tO\n\nC\tB-LOC\n");
        Assert.Equal(3, corpus.Documents.Count);
        Assert.Equal(3, corpus.SentenceCount);
    }

    [Fact]
    public void Reads_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"conll-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Rome I-LOC\n");
        try
        {
            Assert.Equal(["U-LOC"], Labels(ConllReader.Read(path).Documents[0]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ConllCorpus Parse(string text, string path = "test.conll") =>
        ConllReader.Parse(path, text.Replace("\r", "", StringComparison.Ordinal).Split('\n'));

    private static string[] Labels(ConllDocument document) =>
        document.GoldLabels.Select(l => EntityExtract.Tagging.Labels.BilouLabel.Name(l)).ToArray();
}
