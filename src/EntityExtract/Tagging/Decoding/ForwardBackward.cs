using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Decoding;

/// <summary>
/// Scaled forward–backward over the same constrained label lattice as <see cref="Viterbi"/>,
/// with scores divided by a temperature and exponentiated. It yields the probability that a
/// given span carries exactly the labels the decoder chose, which is the raw mention confidence.
/// </summary>
internal static class ForwardBackward
{
    private const int L = BilouLabel.Count;

    /// <summary>exp(transition / T), 0 where the transition is not allowed; rows as in <see cref="Viterbi"/>.</summary>
    public static float[] TransitionPotentials(ReadOnlySpan<float> transitions, ReadOnlySpan<float> end, float temperature, out float[] endPotentials)
    {
        var potentials = new float[(L + 1) * L];
        for (var p = 0; p <= L; p++)
        {
            for (var y = 0; y < L; y++)
            {
                potentials[(p * L) + y] = BilouLabel.CanFollow(p, y) ? MathF.Exp(transitions[(p * L) + y] / temperature) : 0f;
            }
        }

        endPotentials = new float[L];
        for (var y = 0; y < L; y++)
        {
            endPotentials[y] = BilouLabel.CanEnd(y) ? MathF.Exp(end[y] / temperature) : 0f;
        }

        return potentials;
    }

    /// <summary>
    /// Fills the scaled forward (<paramref name="alpha"/>) and backward (<paramref name="beta"/>)
    /// tables, the per-token scale factors and the exponentiated emissions, all [token * 17 + label].
    /// </summary>
    public static void Run(ReadOnlySpan<float> emissions, int count, float temperature, ReadOnlySpan<float> potentials, ReadOnlySpan<float> endPotentials,
        Span<double> expEmissions, Span<double> alpha, Span<double> beta, Span<double> scale)
    {
        for (var t = 0; t < count; t++)
        {
            var row = emissions.Slice(t * L, L);
            var max = float.NegativeInfinity;
            foreach (var value in row)
            {
                max = MathF.Max(max, value);
            }

            // Shifting a token's scores by a constant cancels out in every probability.
            for (var y = 0; y < L; y++)
            {
                expEmissions[(t * L) + y] = Math.Exp((row[y] - max) / temperature);
            }
        }

        var sum = 0.0;
        for (var y = 0; y < L; y++)
        {
            alpha[y] = potentials[(BilouLabel.Start * L) + y] * expEmissions[y];
            sum += alpha[y];
        }

        Normalize(alpha[..L], sum, scale, 0);
        for (var t = 1; t < count; t++)
        {
            sum = 0;
            for (var y = 0; y < L; y++)
            {
                var total = 0.0;
                foreach (var p in Viterbi.Previous[y])
                {
                    total += alpha[((t - 1) * L) + p] * potentials[(p * L) + y];
                }

                var value = total * expEmissions[(t * L) + y];
                alpha[(t * L) + y] = value;
                sum += value;
            }

            Normalize(alpha.Slice(t * L, L), sum, scale, t);
        }

        var last = (count - 1) * L;
        var endSum = 0.0;
        for (var y = 0; y < L; y++)
        {
            endSum += alpha[last + y] * endPotentials[y];
        }

        for (var y = 0; y < L; y++)
        {
            beta[last + y] = endPotentials[y] / Math.Max(endSum, double.Epsilon);
        }

        for (var t = count - 2; t >= 0; t--)
        {
            for (var p = 0; p < L; p++)
            {
                var total = 0.0;
                foreach (var y in Viterbi.Next[p])
                {
                    total += potentials[(p * L) + y] * expEmissions[((t + 1) * L) + y] * beta[((t + 1) * L) + y];
                }

                beta[(t * L) + p] = total / scale[t + 1];
            }
        }
    }

    /// <summary>Probability that tokens <paramref name="first"/>..<paramref name="last"/> carry exactly <paramref name="path"/>'s labels.</summary>
    public static double SpanProbability(ReadOnlySpan<byte> path, int first, int last, ReadOnlySpan<float> potentials,
        ReadOnlySpan<double> expEmissions, ReadOnlySpan<double> alpha, ReadOnlySpan<double> beta, ReadOnlySpan<double> scale)
    {
        var probability = alpha[(first * L) + path[first]];
        for (var t = first + 1; t <= last; t++)
        {
            probability *= potentials[(path[t - 1] * L) + path[t]] * expEmissions[(t * L) + path[t]] / scale[t];
        }

        probability *= beta[(last * L) + path[last]];
        return Math.Clamp(probability, 0.0, 1.0);
    }

    private static void Normalize(Span<double> row, double sum, Span<double> scale, int t)
    {
        sum = Math.Max(sum, double.Epsilon);
        scale[t] = sum;
        for (var y = 0; y < row.Length; y++)
        {
            row[y] /= sum;
        }
    }
}
