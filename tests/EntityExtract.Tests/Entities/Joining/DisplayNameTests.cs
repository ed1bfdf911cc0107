using EntityExtract.Entities.Joining;

namespace EntityExtract.Tests.Entities.Joining;

/// <summary>The rule that names an entity: mixed case over ALL CAPS, then more mentions, then ordinal.</summary>
public sealed class DisplayNameTests
{
    [Theory]
    [InlineData("Washington", 1, "WASHINGTON", 9, true)]
    [InlineData("WASHINGTON", 9, "Washington", 1, false)]
    [InlineData("al-Assad", 5, "Al-Assad", 2, true)]
    [InlineData("Al-Assad", 2, "al-Assad", 2, true)]
    [InlineData("al-Assad", 2, "Al-Assad", 2, false)]
    public void Mixed_case_wins_then_mentions_then_the_ordinally_smaller(string form, long weight, string best, long bestWeight, bool better) =>
        Assert.Equal(better, DisplayName.IsBetter(form, weight, best, bestWeight));

    [Theory]
    [InlineData("WASHINGTON", true)]
    [InlineData("U.S.", true)]
    [InlineData("Washington", false)]
    [InlineData("1999", false)]
    public void All_caps_means_letters_and_none_lower_case(string form, bool caps) =>
        Assert.Equal(caps, DisplayName.IsAllCaps(form));
}
