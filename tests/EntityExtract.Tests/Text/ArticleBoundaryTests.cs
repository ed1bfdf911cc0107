using EntityExtract.Tagging;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tests.Text;

public class ArticleBoundaryTests
{
    private const string Feed = "Ad sales boost Time Warner profit\nQuarterly profits at Time Warner rose.\nIt said more.\n\n"
        + "Dollar gains on Greenspan speech\nThe dollar has hit its highest level.\n";

    [Fact]
    public void AHeadlineAfterABlankLineStartsAnArticle()
    {
        Assert.True(ArticleBoundary.StartsArticle(Feed, Feed.IndexOf("Dollar", StringComparison.Ordinal)));
        Assert.False(ArticleBoundary.StartsArticle(Feed, Feed.IndexOf("Quarterly", StringComparison.Ordinal)));
        Assert.False(ArticleBoundary.StartsArticle(Feed, Feed.IndexOf("It said", StringComparison.Ordinal)));
        Assert.False(ArticleBoundary.StartsArticle(Feed, Feed.IndexOf("The dollar", StringComparison.Ordinal)));
    }

    [Fact]
    public void CrLfLinesWork()
    {
        var text = Feed.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.True(ArticleBoundary.StartsArticle(text, text.IndexOf("Dollar", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("One paragraph ends here.\n\nAnother paragraph of the same story.\n\nA third one.\n", "Another")]
    [InlineData("First part.\n\nA line that ends in a comma,\nthen goes on.\n", "A line")]
    [InlineData("First part.\n\nA headline with nothing after it\n\n", "A headline")]
    [InlineData("First part.\n\nA headline\nfollowed by a lower-case line.\n", "A headline")]
    [InlineData("First part. Second sentence.\n", "Second")]
    public void ParagraphsOfOneStoryAreNotArticles(string text, string sentence) =>
        Assert.False(ArticleBoundary.StartsArticle(text, text.IndexOf(sentence, StringComparison.Ordinal)));

    [Fact]
    public void DocStartMarkersStartArticles()
    {
        const string text = "Some text.\n-DOCSTART- -X- O\nMore text.\n";
        Assert.True(ArticleBoundary.StartsArticle(text, text.IndexOf("-DOCSTART-", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_tagger_hands_on_the_first_token_of_every_article_after_the_first()
    {
        var tokens = new TokenBuffer();
        var sentences = new SentenceBuffer();
        Tokenizer.Tokenize(Feed, tokens);
        SentenceSplitter.Split(Feed, tokens.AsSpan(), sentences);
        var found = new List<int>();
        ArticleBoundary.Find(Feed, tokens.AsSpan(), sentences.AsSpan(), found);

        var start = Assert.Single(found);
        Assert.Equal(Feed.IndexOf("Dollar", StringComparison.Ordinal), tokens.AsSpan()[start].Start);

        var handed = new List<int> { 99 };
        var tagger = EntityTagger.Default;
        tagger.TagDocument(Feed, tokens.AsSpan(), sentences.AsSpan(), tagger.CreateWorkspace(), [], handed);
        Assert.Equal(found, handed);
    }
}
