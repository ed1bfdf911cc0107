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
        const string text = "0 2 4 6 8 Paris 6 4 2 0";

        Assert.Equal("6 8 [[Paris]] 6 4", ContextSnippet.Of(text, 10, 15, 4));
    }

    [Fact]
    public void Never_starts_or_ends_inside_a_word()
    {
        const string text = "In sign of alarm, Washington and Moscow begin talks over Syria conflict today.";
        var start = text.IndexOf("Moscow", StringComparison.Ordinal);

        // 25 characters after the mention would end in "Syria c|onflict".
        Assert.Equal("of alarm, Washington and [[Moscow]] begin talks over Syria", ContextSnippet.Of(text, start, start + 6, 25));
        Assert.Equal("[[Moscow]]", ContextSnippet.Of(text, start, start + 6, 3));
        Assert.Equal("O'Brien met [[Moscow]]", ContextSnippet.Of("Pat O'Brien met Moscow", 16, 22, 12));
    }

    [Fact]
    public void A_word_glued_to_the_mention_is_left_out_when_cut()
    {
        const string text = "0123456789Paris9876543210";

        Assert.Equal("[[Paris]]", ContextSnippet.Of(text, 10, 15, 3));
        Assert.Equal("0123456789[[Paris]]9876543210", ContextSnippet.Of(text, 10, 15, 10));
    }

    [Fact]
    public void Never_cuts_an_astral_character_in_half()
    {
        const string text = "😀😀Paris😀😀";

        Assert.Equal("😀[[Paris]]😀", ContextSnippet.Of(text, 4, 9, 1));
    }
}
