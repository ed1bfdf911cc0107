using EntityExtract.Tagging;
using EntityExtract.Tagging.Decoding;
using EntityExtract.Tagging.Document;
using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tests.Tagging;

/// <summary>
/// Fast paths against their slow twins: the two-pass document path (features extracted once, both
/// passes' rows found with one lookup) against extracting and scoring each pass on its own, and
/// the vectorised Viterbi against the label-by-label recursion, ties included.
/// </summary>
public class TwoPassFastPathTests
{
    private const int L = BilouLabel.Count;

    private static readonly string[] s_words =
    [
        "the", "The", "of", "in", "said", ",", ".", "and", "to", "a", "on", "Monday", "(", ")", "\"", "-",
        "John", "Kerry", "Vladimir", "Putin", "Moscow", "Berlin", "Germany", "U.S.", "UNITED", "NATIONS", "United", "Nations",
        "al-Assad", "Bashar", "el-Sisi", "bin-Laden", "Abu-Bakr", "Reuters", "Inc", "Corp", "FC", "Barcelona", "Real", "Madrid",
        "New", "York", "Stock", "Exchange", "1996-08-22", "3-1", "42", "1,250", "Mr.", "Smith", "ORG", "x", "é", "Ökonom",
        "Zürich", "São", "Paulo", "Microsoft", "microsoft", "WASHINGTON", "Clinton", "clinton", "European", "Union", "EU",
    ];

    /// <param name="wordSumEntries">Size of the per-word sum cache: the default, and caches so small that words evict each other within a sentence.</param>
    [Theory]
    [InlineData(WordSumCache.DefaultEntries)]
    [InlineData(2)]
    [InlineData(16)]
    public void Cached_second_pass_scores_equal_extracting_each_pass_again(int wordSumEntries)
    {
        var tagger = EntityTagger.Default;
        Assert.NotNull(tagger.FirstPass);
        const int Seed = 7321;
        var random = new Random(Seed);
        var fast = new TaggerWorkspace(wordSumEntries);
        var slow = tagger.CreateWorkspace();
        for (var trial = 0; trial < 300; trial++)
        {
            var (text, tokens, sentences) = RandomDocument(random, trial);
            tagger.PrepareDocument(text, tokens, sentences, fast);
            var slowHints = SlowHints(tagger, text, tokens, sentences, slow);
            Assert.Equal(slowHints, fast.DocumentTokens.Hints(tokens.Length).ToArray());

            // Both workspaces hold the first-pass scores of the document's last window.
            var lastCount = LastWindowLength(sentences);
            Assert.True(fast.Lattice.Emissions(lastCount).SequenceEqual(slow.Lattice.Emissions(lastCount)), $"first-pass scores differ (seed {Seed}, trial {trial})");
            foreach (var (first, count) in new TaggingWindows(sentences))
            {
                var fastPath = tagger.DecodeWindow(text, tokens, first, count, fast).ToArray();
                slowHints.AsSpan(first, count).CopyTo(slow.Features.DocumentHints);
                var slowPath = tagger.DecodeSentence(text, tokens.AsSpan(first, count), first, slow, useDocumentHints: true).ToArray();
                var where = $"(seed {Seed}, trial {trial}, token {first})";
                Assert.True(fast.Lattice.Emissions(count).SequenceEqual(slow.Lattice.Emissions(count)), $"second-pass scores differ {where}");
                Assert.True(fastPath.SequenceEqual(slowPath), $"second-pass labels differ {where}");
            }
        }
    }

    [Fact]
    public void Vector_viterbi_equals_label_by_label_recursion_with_ties()
    {
        const int Seed = 90210;
        var random = new Random(Seed);
        for (var trial = 0; trial < 2000; trial++)
        {
            var count = 1 + random.Next(30);

            // Small integers make equal scores common, so the first-best tie rule is exercised.
            var spread = trial % 2 == 0 ? 3 : 1000;
            var emissions = Scores(random, count * L, spread);
            var transitions = Scores(random, (L + 1) * L, spread);
            var end = Scores(random, L, spread);
            var path = new byte[count];
            Viterbi.Decode(emissions, count, transitions, end, new float[count * L], path);
            Assert.True(path.AsSpan().SequenceEqual(NaiveDecode(emissions, count, transitions, end)), $"paths differ (seed {Seed}, trial {trial})");
        }
    }

    private static int LastWindowLength(SentenceSpan[] sentences)
    {
        var last = sentences[^1];
        var length = last.EndToken - last.FirstToken;
        return length % TaggingWindows.MaxTokens == 0 ? TaggingWindows.MaxTokens : length % TaggingWindows.MaxTokens;
    }

    [Fact]
    public void Vector_forward_backward_steps_equal_the_label_by_label_sums_bit_for_bit()
    {
        const int Seed = 1729;
        var random = new Random(Seed);
        for (var trial = 0; trial < 2000; trial++)
        {
            var potentials = new LatticePotentials(Scores(random, (L + 1) * L, 1000), Scores(random, L, 1000), 0.5f + (float)random.NextDouble());
            var previous = Probabilities(random);
            var expEmissions = Probabilities(random);
            var fast = new double[L];
            var slow = new double[L];
            ForwardBackward.ForwardStep(previous, potentials.Forward, fast);
            ForwardBackward.ForwardStep(previous, potentials.Transitions, slow);
            Assert.True(fast.AsSpan().SequenceEqual(slow), $"forward step differs (seed {Seed}, trial {trial})");
            ForwardBackward.BackwardStep(expEmissions, previous, potentials.Backward, fast);
            ForwardBackward.BackwardStep(expEmissions, previous, potentials.Transitions, slow);
            Assert.True(fast.AsSpan().SequenceEqual(slow), $"backward step differs (seed {Seed}, trial {trial})");
        }
    }

    /// <summary>Values in [0, 1] with exact zeros and tiny values mixed in, as scaled lattices have.</summary>
    private static double[] Probabilities(Random random)
    {
        var values = new double[L];
        for (var y = 0; y < L; y++)
        {
            values[y] = random.Next(6) switch
            {
                0 => 0.0,
                1 => random.NextDouble() * 1e-300,
                _ => random.NextDouble(),
            };
        }

        return values;
    }

    /// <summary>The first pass and document evidence computed the plain way: extract, score and decode each window on its own.</summary>
    private static uint[] SlowHints(EntityTagger tagger, string text, Token[] tokens, SentenceSpan[] sentences, TaggerWorkspace workspace)
    {
        var labels = new byte[tokens.Length];
        var words = new ulong[tokens.Length];
        foreach (var (first, count) in new TaggingWindows(sentences))
        {
            tagger.FirstPass!.DecodeSentence(text, tokens.AsSpan(first, count), first, workspace, useDocumentHints: false).CopyTo(labels.AsSpan(first, count));
            for (var i = 0; i < count; i++)
            {
                words[first + i] = DocumentEvidence.WordKey(tokens[first + i].Slice(text), workspace.Features.Infos[i].Stem);
            }
        }

        var hints = new uint[tokens.Length];
        DocumentEvidence.Compute(words, labels, hints, new DocumentScratch());
        return hints;
    }

    private static (string Text, Token[] Tokens, SentenceSpan[] Sentences) RandomDocument(Random random, int trial)
    {
        var words = new List<string>();
        var sentences = new List<SentenceSpan>();
        var sentenceCount = 1 + random.Next(6);
        for (var s = 0; s < sentenceCount; s++)
        {
            // Now and then a sentence longer than the window limit, so windows are cut.
            var length = trial % 25 == 0 && s == 0 ? TaggingWindows.MaxTokens + 1 + random.Next(40) : 1 + random.Next(30);
            sentences.Add(new SentenceSpan(words.Count, length));
            var upper = random.Next(8) == 0;
            for (var i = 0; i < length; i++)
            {
                var word = s_words[random.Next(s_words.Length)];
                words.Add(upper ? word.ToUpperInvariant() : word);
            }
        }

        var tokens = new Token[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(offset, words[i].Length, TokenKind.Word);
            offset += words[i].Length + 1;
        }

        return (string.Join(' ', words), tokens, [.. sentences]);
    }

    private static float[] Scores(Random random, int length, int spread)
    {
        var scores = new float[length];
        for (var i = 0; i < length; i++)
        {
            scores[i] = spread <= 3 ? random.Next(-spread, spread + 1) : (float)((random.NextDouble() - 0.5) * spread / 100);
        }

        return scores;
    }

    /// <summary>Label by label, allowed previous labels in ascending order, first best kept.</summary>
    private static byte[] NaiveDecode(float[] emissions, int count, float[] transitions, float[] end)
    {
        var score = new float[count, L];
        var back = new byte[count, L];
        for (var y = 0; y < L; y++)
        {
            score[0, y] = BilouLabel.CanFollow(BilouLabel.Start, y) ? transitions[(BilouLabel.Start * L) + y] + emissions[y] : float.NegativeInfinity;
        }

        for (var t = 1; t < count; t++)
        {
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var from = 0;
                for (var p = 0; p < L; p++)
                {
                    if (BilouLabel.CanFollow(p, y) && score[t - 1, p] + transitions[(p * L) + y] > best)
                    {
                        best = score[t - 1, p] + transitions[(p * L) + y];
                        from = p;
                    }
                }

                score[t, y] = best + emissions[(t * L) + y];
                back[t, y] = (byte)from;
            }
        }

        var last = 0;
        var bestFinal = float.NegativeInfinity;
        for (var y = 0; y < L; y++)
        {
            if (BilouLabel.CanEnd(y) && score[count - 1, y] + end[y] > bestFinal)
            {
                bestFinal = score[count - 1, y] + end[y];
                last = y;
            }
        }

        var path = new byte[count];
        path[count - 1] = (byte)last;
        for (var t = count - 1; t > 0; t--)
        {
            path[t - 1] = back[t, path[t]];
        }

        return path;
    }
}
