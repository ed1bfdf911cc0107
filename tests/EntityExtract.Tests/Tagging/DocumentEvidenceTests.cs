using EntityExtract.Tagging.Document;
using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Tests.Tagging;

public class DocumentEvidenceTests
{
    [Fact]
    public void Majority_and_longer_name_come_from_the_whole_document()
    {
        // "Bashar al-Assad" (PER) ... "Assad" (O) ... "Assad" (PER): the stem of "al-Assad" is "assad".
        string[] words = ["Bashar", "al-Assad", "said", "Assad", "met", "Assad"];
        byte[] labels =
        [
            (byte)BilouLabel.Make(0, BilouPosition.Begin), (byte)BilouLabel.Make(0, BilouPosition.Last),
            0, 0, 0, (byte)BilouLabel.Make(0, BilouPosition.Unit),
        ];
        var hashes = words.Select(w => FeatureHash.LowerChars(w.AsSpan(ArabicParticle.PrefixLength(w)))).ToArray();
        var hints = new uint[words.Length];
        DocumentEvidence.Compute(hashes, labels, hints, new DocumentScratch());

        // "assad": two PER (al-Assad, last Assad), one O → majority PER (type 0 + 1).
        Assert.Equal(1, DocumentHint.Majority(hints[3]));
        Assert.Equal(1, DocumentHint.EntityMajority(hints[3]));
        Assert.Equal(1, DocumentHint.Self(hints[3]));
        Assert.Equal(labels[5] + 1, DocumentHint.Self(hints[5]));

        // The longest name containing "assad" is the two-token PER, where it is the last token.
        Assert.Equal(1 | (2 << 3), DocumentHint.Longer(hints[3]));
        Assert.Equal(1 | (0 << 3), DocumentHint.Longer(hints[0]));

        // "said" was never part of a name.
        Assert.Equal(5, DocumentHint.Majority(hints[2]));
        Assert.Equal(0, DocumentHint.EntityMajority(hints[2]));
        Assert.Equal(0, DocumentHint.Longer(hints[2]));
    }

    [Theory]
    [InlineData("al-Assad", 3)]
    [InlineData("El-Sisi", 3)]
    [InlineData("bin-Laden", 4)]
    [InlineData("Abu-Bakr", 4)]
    [InlineData("al-", 0)]
    [InlineData("all-star", 0)]
    [InlineData("Alabama", 0)]
    [InlineData("at-risk", 0)]
    public void Arabic_particles_are_recognised(string word, int expected) => Assert.Equal(expected, ArabicParticle.PrefixLength(word));
}
