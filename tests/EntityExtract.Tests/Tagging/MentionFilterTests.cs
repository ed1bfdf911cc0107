using EntityExtract.Tagging;
using EntityExtract.Tagging.Features;

namespace EntityExtract.Tests.Tagging;

public class MentionFilterTests
{
    private static readonly uint s_insideLongerPerson = DocumentHint.Pack(0, 0, 0, (int)EntityType.Person + 1, 2);

    [Theory]
    [InlineData(".", EntityType.Person, 1)]
    [InlineData("--", EntityType.Organization, 1)]
    [InlineData("I", EntityType.Person, 1)]
    [InlineData("he", EntityType.Person, 1)]
    [InlineData("Said", EntityType.Person, 1)]
    [InlineData("Mr", EntityType.Person, 1)]
    [InlineData("April", EntityType.Person, 1)]
    [InlineData("MONDAY", EntityType.Person, 1)]
    public void NoNamesAreDropped(string text, EntityType type, int tokens) => Assert.False(MentionFilter.Keeps(text, type, tokens, 0));

    [Theory]
    [InlineData("3M", EntityType.Organization, 1)]
    [InlineData("April", EntityType.Location, 1)]
    [InlineData("April Ryan", EntityType.Person, 2)]
    [InlineData("Smith", EntityType.Person, 1)]
    [InlineData("Said", EntityType.Organization, 1)]
    public void NamesAreKept(string text, EntityType type, int tokens) => Assert.True(MentionFilter.Keeps(text, type, tokens, 0));

    [Fact]
    public void AMonthIsAPersonWhereTheArticleNamesThePerson()
    {
        Assert.True(MentionFilter.Keeps("May", EntityType.Person, 1, s_insideLongerPerson));
        Assert.False(MentionFilter.Keeps("I", EntityType.Person, 1, s_insideLongerPerson));
        Assert.True(MentionFilter.Keeps("May", EntityType.Person, 1, s_insideLongerPerson, "said", "wrote"));
    }

    [Theory]
    [InlineData("in", "")]
    [InlineData("Since", "")]
    [InlineData("last", ".")]
    [InlineData("", "5")]
    public void AMonthWrittenAsADateIsNoPersonWhateverTheArticleSays(string previous, string next) =>
        Assert.False(MentionFilter.Keeps("May", EntityType.Person, 1, s_insideLongerPerson, previous, next));

    [Theory]
    [InlineData("Justice Scalia", 1)]
    [InlineData("Miss Rosenthal", 1)]
    [InlineData("MR. Smith", 1)]
    [InlineData("Prime Minister Tony Blair", 2)]
    [InlineData("Secretary of State John F. Kerry", 3)]
    [InlineData("Sir Elton John", 0)]
    [InlineData("Lady Gaga", 0)]
    [InlineData("Lord Diplock", 0)]
    [InlineData("President", 0)]
    [InlineData("Mr. President", 1)]
    [InlineData("Angela Merkel", 0)]
    public void Leading_titles_of_a_person_are_counted_and_one_word_always_remains(string mention, int titles) =>
        Assert.Equal(titles, MentionFilter.LeadingTitles(mention, TestText.Tokens(mention.Split(' '))));

    [Fact]
    public void Tagger_leaves_titles_out_of_person_mentions()
    {
        var mentions = TestText.Tag(EntityTagger.Default, "The", "opinion", "by", "Justice", "Scalia", "was", "joined", "by", "Justice", "Thomas", ".");
        Assert.Equal([("Scalia", EntityType.Person), ("Thomas", EntityType.Person)], mentions);
    }
}
