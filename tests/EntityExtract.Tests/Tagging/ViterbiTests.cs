using EntityExtract.Tagging.Decoding;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tests.Tagging;

/// <summary>The fast decoder against its slow twin: exhaustive search over valid paths of short random sentences.</summary>
public class ViterbiTests
{
    private const int L = BilouLabel.Count;

    [Fact]
    public void Never_yields_an_invalid_sequence_and_matches_brute_force()
    {
        const int Seed = 20240611;
        var random = new Random(Seed);
        for (var trial = 0; trial < 400; trial++)
        {
            var count = 1 + random.Next(trial < 200 ? 3 : 40);
            var emissions = RandomScores(random, count * L, 10);
            var transitions = RandomScores(random, (L + 1) * L, 10);
            var end = RandomScores(random, L, 10);
            var path = new byte[count];
            Viterbi.Decode(emissions, count, transitions, end, new float[count * L], path);

            Assert.True(IsValid(path), $"invalid path {string.Join(' ', path.Select(l => BilouLabel.Name(l)))} (seed {Seed}, trial {trial})");
            if (count <= 3)
            {
                var best = BruteForceBest(emissions, count, transitions, end);
                Assert.Equal(best, Score(path, emissions, transitions, end), 3);
            }
        }
    }

    [Fact]
    public void Forward_backward_span_probabilities_are_probabilities()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 50; trial++)
        {
            var count = 1 + random.Next(12);
            var emissions = RandomScores(random, count * L, 5);
            var transitions = RandomScores(random, (L + 1) * L, 5);
            var end = RandomScores(random, L, 5);
            var path = new byte[count];
            Viterbi.Decode(emissions, count, transitions, end, new float[count * L], path);
            var potentials = new LatticePotentials(transitions, end, 2f);
            var exp = new double[count * L];
            var alpha = new double[count * L];
            var beta = new double[count * L];
            var scale = new double[count];
            ForwardBackward.Run(emissions, count, 2f, potentials, exp, alpha, beta, scale);
            for (var t = 0; t < count; t++)
            {
                var total = 0.0;
                for (var y = 0; y < L; y++)
                {
                    total += alpha[(t * L) + y] * beta[(t * L) + y];
                }

                Assert.Equal(1.0, total, 6);
            }

            var whole = ForwardBackward.SpanProbability(path, 0, count - 1, potentials.Transitions, exp, alpha, beta, scale);
            Assert.InRange(whole, 0.0, 1.0);
        }
    }

    private static float[] RandomScores(Random random, int length, float range)
    {
        var scores = new float[length];
        for (var i = 0; i < length; i++)
        {
            scores[i] = (float)((random.NextDouble() * 2 * range) - range);
        }

        return scores;
    }

    private static bool IsValid(byte[] path)
    {
        var previous = BilouLabel.Start;
        foreach (var label in path)
        {
            if (!BilouLabel.CanFollow(previous, label))
            {
                return false;
            }

            previous = label;
        }

        return BilouLabel.CanEnd(previous);
    }

    private static double Score(byte[] path, float[] emissions, float[] transitions, float[] end)
    {
        var score = 0.0;
        var previous = BilouLabel.Start;
        for (var t = 0; t < path.Length; t++)
        {
            score += transitions[(previous * L) + path[t]] + emissions[(t * L) + path[t]];
            previous = path[t];
        }

        return score + end[previous];
    }

    private static double BruteForceBest(float[] emissions, int count, float[] transitions, float[] end)
    {
        var best = double.NegativeInfinity;
        var path = new byte[count];
        var total = (int)Math.Pow(L, count);
        for (var code = 0; code < total; code++)
        {
            var rest = code;
            for (var t = 0; t < count; t++)
            {
                path[t] = (byte)(rest % L);
                rest /= L;
            }

            if (IsValid(path))
            {
                best = Math.Max(best, Score(path, emissions, transitions, end));
            }
        }

        return best;
    }
}
