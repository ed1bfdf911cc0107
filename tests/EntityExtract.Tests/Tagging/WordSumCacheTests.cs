using EntityExtract.Tagging.Features;

namespace EntityExtract.Tests.Tagging;

public class WordSumCacheTests
{
    [Fact]
    public void A_word_keeps_its_entry_and_its_filled_roles()
    {
        var cache = new WordSumCache(64);
        cache.Use(this);
        var entry = cache.Resolve(11, 12);
        cache.MarkFilled(entry, KeyRole.Prev1);
        Assert.Equal(entry, cache.Resolve(11, 12));
        Assert.True(cache.IsFilled(entry, KeyRole.Prev1));
        Assert.False(cache.IsFilled(entry, KeyRole.Self));
    }

    [Fact]
    public void The_same_characters_with_another_lower_case_hash_are_another_word()
    {
        var cache = new WordSumCache(64);
        cache.Use(this);
        var entry = cache.Resolve(11, 12);
        cache.MarkFilled(entry, KeyRole.Self);
        var other = cache.Resolve(11, 13);
        Assert.False(cache.IsFilled(other, KeyRole.Self));
    }

    [Fact]
    public void A_third_word_of_a_set_evicts_the_less_recently_used_one()
    {
        // One set of two ways: every word lands in it.
        var cache = new WordSumCache(2);
        cache.Use(this);
        var a = Fill(cache, 1);
        var b = Fill(cache, 2);
        Assert.NotEqual(a, b);
        Assert.Equal(a, cache.Resolve(1, 1));
        var c = Fill(cache, 3);
        Assert.Equal(b, c);
        Assert.True(cache.IsFilled(cache.Resolve(1, 1), KeyRole.Self));
        Assert.False(cache.IsFilled(cache.Resolve(2, 2), KeyRole.Self));
    }

    [Fact]
    public void Another_model_empties_the_cache_boundary_included()
    {
        var cache = new WordSumCache(64);
        var firstModel = new object();
        cache.Use(firstModel);
        var entry = Fill(cache, 5);
        cache.MarkFilled(cache.Boundary, KeyRole.Next2);
        cache.Use(firstModel);
        Assert.True(cache.IsFilled(entry, KeyRole.Self));
        cache.Use(new object());
        Assert.False(cache.IsFilled(cache.Resolve(5, 5), KeyRole.Self));
        Assert.False(cache.IsFilled(cache.Boundary, KeyRole.Next2));
    }

    [Fact]
    public void Roles_and_entries_have_disjoint_sums()
    {
        var cache = new WordSumCache(4);
        var offsets = new HashSet<int>();
        for (var entry = 0; entry <= cache.Boundary; entry++)
        {
            for (var role = KeyRole.Self; role <= KeyRole.Next2; role++)
            {
                var offset = WordSumCache.Offset(entry, role);
                Assert.InRange(offset, 0, cache.Sums.Length - WordSumCache.Stride);
                Assert.True(offsets.Add(offset));
            }
        }

        Assert.Equal(cache.Sums.Length, offsets.Count * WordSumCache.Stride);
    }

    private static int Fill(WordSumCache cache, ulong word)
    {
        var entry = cache.Resolve(word, word);
        cache.MarkFilled(entry, KeyRole.Self);
        return entry;
    }
}
