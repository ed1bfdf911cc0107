using EntityExtract.Output;

namespace EntityExtract.Tests.Output;

public sealed class ContextSnippetTests
{
    [Fact]
    public void Marks_the_mention_and_collapses_whitespace()
    {
        const string text = "Talks in\n\n  Moscow   ended\tlate.";
        var start = text.IndexOf("Moscow", StringComparison.Ordinal);

        Assert.Equal("Talks in [[Moscow]] ended late.", ContextSnippet.Of(text, start, start + 6, 100));
    }

    [Fact]
    public void Takes_at_most_n_code_points_either_side()
    {
        const string text = "0123456789Paris9876543210";

        Assert.Equal("789[[Paris]]987", ContextSnippet.Of(text, 10, 15, 3));
    }

    [Fact]
    public void Never_cuts_an_astral_character_in_half()
    {
        const string text = "😀😀Paris😀😀";

        Assert.Equal("😀[[Paris]]😀", ContextSnippet.Of(text, 4, 9, 1));
    }
}
