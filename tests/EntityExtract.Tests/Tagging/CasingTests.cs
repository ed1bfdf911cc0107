using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tests.Tagging;

public class CasingTests
{
    // A bare "PUTIN" is still missed (CoNLL-2003 is 1996 news and no name list has him); see EXPERIMENTS.md.
    [Theory]
    [InlineData("JOHN KERRY MET VLADIMIR PUTIN IN MOSCOW .")]
    [InlineData("john kerry met vladimir putin in moscow .")]
    [InlineData("John Kerry met Vladimir Putin in Moscow .")]
    public void Embedded_model_finds_names_whatever_the_case(string sentence)
    {
        var words = sentence.Split(' ');
        var mentions = TestText.Tag(EntityTagger.Default, words);
        Assert.Equal(
            [($"{words[0]} {words[1]}", EntityType.Person), ($"{words[3]} {words[4]}", EntityType.Person), (words[6], EntityType.Location)],
            mentions);
    }

    [Fact]
    public void Headline_case_still_finds_kerry_and_moscow()
    {
        var mentions = TestText.Tag(EntityTagger.Default, "KERRY", "MET", "PUTIN", "IN", "MOSCOW", ".");
        Assert.Contains(("KERRY", EntityType.Person), mentions);
        Assert.Contains(("MOSCOW", EntityType.Location), mentions);
    }
}
