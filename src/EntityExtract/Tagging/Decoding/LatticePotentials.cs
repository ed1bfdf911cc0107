using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Decoding;

/// <summary>
/// exp(score / T) of every transition (0 where <see cref="BilouLabel.CanFollow"/> forbids it) and
/// of every sentence end, for <see cref="ForwardBackward"/>; also kept as doubles in the two
/// layouts its vector recursions read row by row.
/// </summary>
internal sealed class LatticePotentials
{
    private const int L = BilouLabel.Count;

    public LatticePotentials(ReadOnlySpan<float> transitions, ReadOnlySpan<float> end, float temperature)
    {
        Transitions = new float[(L + 1) * L];
        Forward = new double[L * L];
        Backward = new double[L * L];
        for (var p = 0; p <= L; p++)
        {
            for (var y = 0; y < L; y++)
            {
                var potential = BilouLabel.CanFollow(p, y) ? MathF.Exp(transitions[(p * L) + y] / temperature) : 0f;
                Transitions[(p * L) + y] = potential;
                if (p < L)
                {
                    Forward[(p * L) + y] = potential;
                    Backward[(y * L) + p] = potential;
                }
            }
        }

        End = new float[L];
        for (var y = 0; y < L; y++)
        {
            End[y] = BilouLabel.CanEnd(y) ? MathF.Exp(end[y] / temperature) : 0f;
        }
    }

    /// <summary>By [previous * 17 + label], with row 17 for the sentence start, as in <see cref="Viterbi"/>.</summary>
    public float[] Transitions { get; }

    public float[] End { get; }

    /// <summary><see cref="Transitions"/> without the start row, as doubles: [previous * 17 + label].</summary>
    public double[] Forward { get; }

    /// <summary>The same, transposed: [label * 17 + previous].</summary>
    public double[] Backward { get; }
}
