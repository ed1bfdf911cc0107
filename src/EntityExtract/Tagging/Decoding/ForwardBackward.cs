using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Decoding;

/// <summary>
/// Scaled forward–backward over the same constrained label lattice as <see cref="Viterbi"/>,
/// with scores divided by a temperature and exponentiated. It yields the probability that a
/// given span carries exactly the labels the decoder chose, which is the raw mention confidence.
/// </summary>
internal static partial class ForwardBackward
{
    private const int L = BilouLabel.Count;

    /// <summary>
    /// Fills the scaled forward (<paramref name="alpha"/>) and backward (<paramref name="beta"/>)
    /// tables, the per-token scale factors and the exponentiated emissions, all [token * 17 + label].
    /// </summary>
    public static void Run(ReadOnlySpan<float> emissions, int count, float temperature, LatticePotentials potentials,
        Span<double> expEmissions, Span<double> alpha, Span<double> beta, Span<double> scale)
    {
        var transitions = potentials.Transitions;
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
            alpha[y] = transitions[(BilouLabel.Start * L) + y] * expEmissions[y];
            sum += alpha[y];
        }

        Normalize(alpha[..L], sum, scale, 0);
        for (var t = 1; t < count; t++)
        {
            var row = alpha.Slice(t * L, L);
            if (Vector256.IsHardwareAccelerated)
            {
                ForwardStep(alpha.Slice((t - 1) * L, L), potentials.Forward, row);
            }
            else
            {
                ForwardStep(alpha.Slice((t - 1) * L, L), transitions, row);
            }

            Multiply(row, expEmissions.Slice(t * L, L));

            // Summed label by label, in order: the scale factors must not depend on the hardware.
            sum = 0;
            foreach (var value in row)
            {
                sum += value;
            }

            Normalize(row, sum, scale, t);
        }

        var last = (count - 1) * L;
        var endSum = 0.0;
        for (var y = 0; y < L; y++)
        {
            endSum += alpha[last + y] * potentials.End[y];
        }

        for (var y = 0; y < L; y++)
        {
            beta[last + y] = potentials.End[y] / Math.Max(endSum, double.Epsilon);
        }

        for (var t = count - 2; t >= 0; t--)
        {
            var row = beta.Slice(t * L, L);
            if (Vector256.IsHardwareAccelerated)
            {
                BackwardStep(expEmissions.Slice((t + 1) * L, L), beta.Slice((t + 1) * L, L), potentials.Backward, row);
            }
            else
            {
                BackwardStep(expEmissions.Slice((t + 1) * L, L), beta.Slice((t + 1) * L, L), transitions, row);
            }

            Divide(row, scale[t + 1]);
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
        Divide(row, sum);
    }

    /// <summary>row[y] /= divisor, four lanes at a time where the hardware has them (IEEE division is the same either way).</summary>
    private static void Divide(Span<double> row, double divisor)
    {
        var y = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var values = ref MemoryMarshal.GetReference(row);
            var by = Vector256.Create(divisor);
            for (; y + 4 <= row.Length; y += 4)
            {
                (Vector256.LoadUnsafe(ref values, (nuint)y) / by).StoreUnsafe(ref values, (nuint)y);
            }
        }

        for (; y < row.Length; y++)
        {
            row[y] /= divisor;
        }
    }

    /// <summary>row[y] *= factors[y], four lanes at a time where the hardware has them.</summary>
    private static void Multiply(Span<double> row, ReadOnlySpan<double> factors)
    {
        var y = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var values = ref MemoryMarshal.GetReference(row);
            ref var by = ref MemoryMarshal.GetReference(factors);
            for (; y + 4 <= row.Length; y += 4)
            {
                (Vector256.LoadUnsafe(ref values, (nuint)y) * Vector256.LoadUnsafe(ref by, (nuint)y)).StoreUnsafe(ref values, (nuint)y);
            }
        }

        for (; y < row.Length; y++)
        {
            row[y] *= factors[y];
        }
    }
}
