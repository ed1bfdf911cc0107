using EntityExtract.Text.Lexicon;

namespace EntityExtract.Tests.Text;

/// <summary>A sorted list is searched ignoring case, part by part, and refused when out of order.</summary>
public sealed class SortedLinesTests
{
    [Fact]
    public void Every_line_of_every_part_is_found_in_any_case_and_nothing_else_is()
    {
        var parts = SortedLines.Parse("# a comment\nAlbania\nFrance\nSouth Korea\n-\nbavaria\nTexas\r\n-\n\nChicago\n", "test");

        Assert.Equal([3, 2, 1], parts.Select(p => p.Count));
        Assert.True(parts[0].Contains("south korea"));
        Assert.True(parts[0].Contains("ALBANIA"));
        Assert.True(parts[1].Contains("Bavaria"));
        Assert.True(parts[1].Contains("texas")); // a CRLF line ends before its CR
        Assert.True(parts[2].Contains("chicago"));
        Assert.False(parts[0].Contains("Texas")); // another part's
        Assert.False(parts[0].Contains("South"));
        Assert.False(parts[0].Contains("South Korea "));
        Assert.False(parts[0].Contains(""));
    }

    [Fact]
    public void A_part_out_of_order_is_refused_with_the_line_that_breaks_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SortedLines.Parse("France\nAlbania\n", "countries"));
        Assert.Equal("Embedded list 'countries' is out of order at 'Albania'.", error.Message);
        Assert.Throws<InvalidOperationException>(() => SortedLines.Parse("France\nFRANCE\n", "twice"));
    }

    [Theory]
    [InlineData("EntityExtract.Entities.Resources.place-names.txt", 3)]
    [InlineData("EntityExtract.Entities.Resources.common-first-names.txt", 1)]
    public void The_shipped_lists_are_in_order(string resource, int parts)
    {
        Assert.Equal(parts, SortedLines.Parts(resource).Length);
    }
}
