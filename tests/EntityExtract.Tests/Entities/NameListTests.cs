using System.Text;
using EntityExtract.Entities.Tables;

namespace EntityExtract.Tests.Entities;

/// <summary>The names cell reads back exactly what was written, escapes included.</summary>
public sealed class NameListTests
{
    [Fact]
    public void Names_with_counts_and_aliases_round_trip()
    {
        (string, (long, long)?)[] names =
        [
            ("United States", (146, 40)), ("US", null), ("U.S. (the)", (3, 1)), ("A | B \\ C", null), ("=1+2", (9223372036854775807, 1)),
        ];
        var cell = new StringBuilder();
        foreach (var (name, counts) in names)
        {
            NameList.Append(cell, name, counts);
        }

        Assert.Equal("United States (146/40) | US | U.S. \\(the) (3/1) | A \\| B \\\\ C | =1+2 (9223372036854775807/1)", cell.ToString());
        Assert.Equal(names, NameList.Parse(cell.ToString())!.Select(n => (n.Name, n.Counts)));
    }

    [Theory]
    [InlineData("Carter (x/1)")]
    [InlineData("Carter (1/1")]
    [InlineData("Carter | ")]
    public void Malformed_cells_are_refused(string cell) => Assert.Null(NameList.Parse(cell));
}
