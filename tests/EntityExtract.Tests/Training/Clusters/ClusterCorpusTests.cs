using EntityExtract.Training.Clusters;

namespace EntityExtract.Tests.Training.Clusters;

public sealed class ClusterCorpusTests
{
    [Fact]
    public void Conll_reader_takes_first_column_and_skips_document_markers()
    {
        string path = Path.Combine(Path.GetTempPath(), $"conll-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "-DOCSTART- -X- -X- O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n");
        try
        {
            var sentences = ClusterCorpus.ReadConll(path).Select(sentence => string.Join(' ', sentence)).ToList();

            Assert.Equal(["EU rejects", "Peter"], sentences);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Plain_text_reader_gives_one_sentence_per_non_blank_line()
    {
        string path = Path.Combine(Path.GetTempPath(), $"plain-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "TITLE LINE\nFirst paragraph, here.\n\nNext article.\n");
        try
        {
            var sentences = ClusterCorpus.ReadPlainText(path).Select(sentence => string.Join(' ', sentence)).ToList();

            Assert.Equal(["TITLE LINE", "First paragraph , here .", "Next article ."], sentences);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Cluster_key_collapses_digits_and_keeps_case()
    {
        Assert.Equal("0,000.00", ClusterKey.Normalize("1,234.56"));
        Assert.Equal("Moscow", ClusterKey.Normalize("Moscow"));
        Assert.Equal("F-00", ClusterKey.Normalize("F-16"));
    }
}
