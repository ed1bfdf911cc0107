using EntityExtract.Tagging.Contextual;

namespace EntityExtract.Tests.Tagging.Contextual;

public class EncoderWindowsTests
{
    [Fact]
    public void Whole_sentences_are_packed_up_to_the_window_size()
    {
        // Sentences of 100, 100, 100 and 10 pieces: two fit a window, then the last two.
        var windows = EncoderWindows.Plan([0, 100, 200, 300, 310]);
        Assert.Equal([new(0, 200, 0, 200), new(200, 310, 200, 310)], windows);
    }

    [Fact]
    public void A_long_sentence_is_cut_with_overlap_and_every_piece_owned_once()
    {
        const int length = 1000;
        var windows = EncoderWindows.Plan([0, 5, 5 + length, 5 + length + 3]);
        Assert.Equal(new EncoderWindows.Window(0, 5, 0, 5), windows[0]);
        Assert.Equal(new EncoderWindows.Window(5 + length, 5 + length + 3, 5 + length, 5 + length + 3), windows[^1]);
        var cuts = windows.Skip(1).SkipLast(1).ToList();
        Assert.True(cuts.Count > 1);
        var owned = 5;
        foreach (var window in cuts)
        {
            Assert.True(window.End - window.Start <= EncoderWindows.MaxPieces);
            Assert.Equal(owned, window.OwnStart);
            Assert.True(window.OwnStart >= window.Start && window.OwnEnd <= window.End);
            owned = window.OwnEnd;
        }

        Assert.Equal(5 + length, owned);
    }
}
