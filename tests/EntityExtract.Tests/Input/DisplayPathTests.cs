using EntityExtract.Input;

namespace EntityExtract.Tests.Input;

public sealed class DisplayPathTests
{
    [Theory]
    [InlineData("docs", "a/b.txt", "docs/a/b.txt")]
    [InlineData("docs/", "a/b.txt", "docs/a/b.txt")]
    [InlineData("docs//", "a.txt", "docs/a.txt")]
    [InlineData(".", "a.txt", "./a.txt")]
    [InlineData("../up", "a.txt", "../up/a.txt")]
    [InlineData("/", "a.txt", "/a.txt")]
    public void Joins_folder_argument_as_typed_with_slash(string folder, string relative, string expected)
    {
        Assert.Equal(expected, DisplayPath.Join(folder, relative));
    }
}
