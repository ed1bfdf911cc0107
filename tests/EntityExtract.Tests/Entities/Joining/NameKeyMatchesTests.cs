using EntityExtract.Entities.Joining;

namespace EntityExtract.Tests.Entities.Joining;

/// <summary>Matching a name to a key without making the name's key gives what comparing the made key gives.</summary>
public sealed class NameKeyMatchesTests
{
    [Theory]
    [InlineData("Bashar  al-Assad", "bashar al-assad")]
    [InlineData("BASHAR AL-ASSAD", "bashar al-assad")]
    [InlineData("  Washington\u2019s ", "washington's")]
    [InlineData("Washington's", "washington")]
    [InlineData("Kerry", "john kerry")]
    [InlineData("John Kerry", "kerry")]
    [InlineData("", "")]
    [InlineData(" ", "")]
    [InlineData("a\u2011b", "a-b")]
    [InlineData("New\tYork", "new york")]
    [InlineData("New York", "new  york")]
    public void Matches_is_comparing_the_key(string name, string key) =>
        Assert.Equal(NameKey.Of(name) == key, NameKey.Matches(name, key));
}
