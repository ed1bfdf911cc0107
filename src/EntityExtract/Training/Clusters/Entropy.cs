using System.Runtime.CompilerServices;

namespace EntityExtract.Training.Clusters;

/// <summary>
/// The count-space pieces of mutual information. Losses are kept in "count nats" (the AMI times the
/// number of pairs): the constant log of the total cancels out of every merge loss, and most terms
/// reduce to n·ln n of integer counts, which for small counts comes from a table instead of a log.
/// </summary>
internal static class Entropy
{
    private const int TableSize = 1 << 16;

    private static readonly double[] NLogNTable = BuildTable();

    /// <summary>n·ln n, with 0 for 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NLogN(long n) => (ulong)n < TableSize ? NLogNTable[n] : n * Math.Log(n);

    /// <summary>
    /// What keeping two counts apart is worth against pooling them: f(u) + f(v) - f(u + v), never
    /// positive, and exactly 0 when either count is 0 (the case that makes sparse updates possible).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Split(long u, long v) =>
        u == 0 || v == 0 ? 0 : NLogN(u) + NLogN(v) - NLogN(u + v);

    /// <summary>ln n, with 0 for 0: it is only ever multiplied by counts that are 0 when n is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Log0(long n) => n > 0 ? Math.Log(n) : 0;

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (int n = 1; n < TableSize; n++)
        {
            table[n] = n * Math.Log(n);
        }

        return table;
    }
}
