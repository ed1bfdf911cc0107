using EntityExtract.Text.Lexicon;

namespace EntityExtract.Tests.Text;

public sealed class WordListTests
{
    [Fact]
    public void Every_list_loads_from_its_embedded_resource()
    {
        Assert.True(WordLists.Abbreviations.Count > 50);
        Assert.True(WordLists.NumberAbbreviations.Count > 3);
        Assert.True(WordLists.SentenceFinalAbbreviations.Count > 10);
        Assert.True(WordLists.SentenceStarters.Count > 20);
        Assert.True(WordLists.LineContinuations.Count > 10);
    }

    [Theory]
    [InlineData("Mr", true)]
    [InlineData("Sept", true)]
    [InlineData("Inc", true)]
    [InlineData("mr", false)]
    [InlineData("# Titles and ranks", false)]
    [InlineData("", false)]
    [InlineData("Moscow", false)]
    public void Lookups_take_spans_and_are_case_sensitive(string word, bool expected) =>
        Assert.Equal(expected, WordLists.Abbreviations.Contains(word.AsSpan()));

    [Fact]
    public void A_missing_resource_is_reported_by_name()
    {
        var e = Assert.Throws<InvalidOperationException>(() => WordList.FromResource("missing.txt"));
        Assert.Contains("missing.txt", e.Message);
    }
}
