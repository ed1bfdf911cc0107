using EntityExtract.Tagging.Contextual;

namespace EntityExtract.Tests.Tagging.Contextual;

public class WordPieceTokenizerTests
{
    private static readonly string[] s_vocabulary = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "un", "##aff", "##able", "u", ".", "s", "cafe", "-", "al", "assad", "##s", "zoe"];

    private static List<string> Pieces(string word)
    {
        var ids = new List<int>();
        new WordPieceTokenizer(new WordPieceVocabulary(s_vocabulary)).Append(word, ids);
        return ids.Select(i => s_vocabulary[i]).ToList();
    }

    [Theory]
    [InlineData("unaffable", "un ##aff ##able")]
    [InlineData("UnAffable", "un ##aff ##able")]
    [InlineData("U.S.", "u . s .")]
    [InlineData("Café", "cafe")]
    [InlineData("ZOË", "zoe")]
    [InlineData("al-Assad", "al - assad")]
    [InlineData("unknown", "[UNK]")]
    [InlineData("THE", "the")]
    public void Words_are_cut_as_the_uncased_bert_tokenizer_cuts_them(string word, string expected) =>
        Assert.Equal(expected.Split(' '), Pieces(word));

    [Fact]
    public void A_word_of_marks_only_still_gets_one_piece() => Assert.Equal(["[UNK]"], Pieces("\u200B"));
}
