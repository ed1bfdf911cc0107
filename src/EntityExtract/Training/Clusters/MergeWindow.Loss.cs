using System.Diagnostics.CodeAnalysis;

namespace EntityExtract.Training.Clusters;

internal sealed partial class MergeWindow
{
    /// <summary>
    /// The cheapest pair of live slots (i &lt; j). Ties go to the first pair in row-major slot order,
    /// which makes the choice, and so the whole run, deterministic.
    /// </summary>
    public (int First, int Second) FindBest()
    {
        double best = double.PositiveInfinity;
        int bestI = -1;
        int bestJ = -1;
        int size = _size;
        double[] loss = _loss;
        foreach (int i in LiveSlots)
        {
            // Empty slots hold +inf, so the row is scanned straight through without a live check.
            int row = i * size;
            for (int j = i + 1; j < size; j++)
            {
                double value = loss[row + j];
                if (value < best)
                {
                    best = value;
                    bestI = i;
                    bestJ = j;
                }
            }
        }

        if (bestI < 0)
        {
            ThrowNoPair();
        }

        return (bestI, bestJ);
    }

    /// <summary>
    /// The part of the merge loss of slots i and j that is not coupling: the pair's terms with third
    /// clusters that are linear in counts (they depend only on row and column sums) plus the four
    /// terms among i and j themselves. Needs the pair's marginal logs from the cached tables.
    /// </summary>
    private double Rest(int i, int j)
    {
        int size = _size;
        int[] joint = _joint;
        long nii = joint[i * size + i];
        long nij = joint[i * size + j];
        long nji = joint[j * size + i];
        long njj = joint[j * size + j];
        long total = nii + nij + nji + njj;
        double li = _logLeft[i];
        double lj = _logLeft[j];
        double ri = _logRight[i];
        double rj = _logRight[j];
        double lij = _logLeftPair[i * size + j];
        double rij = _logRightPair[i * size + j];
        double linear = ((_rowSum[i] - nii - nij) * (lij - li))
            + ((_rowSum[j] - nji - njj) * (lij - lj))
            + ((_colSum[i] - nii - nji) * (rij - ri))
            + ((_colSum[j] - nij - njj) * (rij - rj));
        double within = Entropy.NLogN(nii) + Entropy.NLogN(nij) + Entropy.NLogN(nji) + Entropy.NLogN(njj)
            - Entropy.NLogN(total)
            - (nii * (li + ri)) - (nij * (li + rj)) - (nji * (lj + ri)) - (njj * (lj + rj))
            + (total * (lij + rij));
        return linear + within;
    }

    [DoesNotReturn]
    private static void ThrowNoPair() =>
        throw new InvalidOperationException("No pair of live clusters has a finite merge loss.");
}
