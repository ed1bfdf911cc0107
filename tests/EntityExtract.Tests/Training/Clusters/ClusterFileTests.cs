using EntityExtract.Training.Clusters;

namespace EntityExtract.Tests.Training.Clusters;

public sealed class ClusterFileTests
{
    [Fact]
    public void Write_then_read_gives_the_same_entries_and_bytes()
    {
        var corpus = SyntheticCorpus.Random(seed: 3, vocabulary: 80, sentenceCount: 400);
        ClusterResult original = BrownClusterer.Train(corpus, new BrownOptions { Clusters = 6, MinCount = 2 });
        string path = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.txt");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                ClusterFile.Write(original, writer);
            }

            ClusterResult read = ClusterFile.Read(path);

            Assert.Equal(original.Entries, read.Entries);
            using var again = new StringWriter();
            ClusterFile.Write(read, again);
            Assert.Equal(File.ReadAllText(path), again.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Entries_are_ordered_by_bits_then_count_then_word()
    {
        var result = new ClusterResult([new("01", "b", 5), new("00", "z", 1), new("01", "a", 5), new("01", "c", 9)]);

        Assert.Equal(["z", "c", "a", "b"], result.Entries.Select(entry => entry.Word));
        using var writer = new StringWriter();
        ClusterFile.Write(result, writer);
        Assert.Equal("00\tz\t1\n01\tc\t9\n01\ta\t5\n01\tb\t5\n", writer.ToString());
    }

    [Theory]
    [InlineData("0101\tword")]
    [InlineData("01x1\tword\t3")]
    [InlineData("0101\tword\t-3")]
    [InlineData("\tword\t3")]
    public void Malformed_lines_are_reported_with_their_number(string line)
    {
        var exception = Assert.Throws<FormatException>(() => ClusterFile.Read(new StringReader("0\tok\t1\n" + line + "\n")));

        Assert.Contains("line 2", exception.Message);
    }

    [Fact]
    public void Lookup_normalizes_digits_and_rejects_long_words()
    {
        var result = new ClusterResult([new("10", "0.00", 4)]);

        Assert.True(result.TryGetBits("3.25", out string bits));
        Assert.Equal("10", bits);
        Assert.False(result.TryGetBits(new string('x', ClusterKey.MaxLength + 1), out _));
    }
}
