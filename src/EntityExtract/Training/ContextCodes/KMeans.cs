using EntityExtract.Tagging.Contextual;

namespace EntityExtract.Training.ContextCodes;

/// <summary>
/// Lloyd's k-means over encoder vectors, seeded and with a fixed number of rounds: the same
/// sample and seed give the same centroids on any machine with the same vector width. The
/// assignment step runs in parallel (each vector on its own), the update step in sample order.
/// </summary>
internal static class KMeans
{
    public static float[] Fit(float[] samples, int dimensions, int k, int rounds, int seed, CancellationToken ct)
    {
        var n = samples.Length / dimensions;
        k = Math.Min(k, n);
        var centroids = new float[k * dimensions];
        var order = Enumerable.Range(0, n).ToArray();
        new Random(seed).Shuffle(order);
        for (var c = 0; c < k; c++)
        {
            samples.AsSpan(order[c] * dimensions, dimensions).CopyTo(centroids.AsSpan(c * dimensions));
        }

        var assigned = new int[n];
        for (var round = 0; round < rounds; round++)
        {
            ct.ThrowIfCancellationRequested();
            var quantizer = new ContextQuantizer(dimensions, [centroids]);
            var halfNorms = quantizer.HalfNorms(0);
            var current = centroids;
            Parallel.For(0, n, new ParallelOptions { CancellationToken = ct }, i =>
                assigned[i] = quantizer.Nearest(samples.AsSpan(i * dimensions, dimensions), current, halfNorms));
            var sums = new double[k * dimensions];
            var counts = new int[k];
            for (var i = 0; i < n; i++)
            {
                var c = assigned[i];
                counts[c]++;
                var row = samples.AsSpan(i * dimensions, dimensions);
                var sum = sums.AsSpan(c * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    sum[d] += row[d];
                }
            }

            var next = new float[k * dimensions];
            for (var c = 0; c < k; c++)
            {
                if (counts[c] == 0)
                {
                    // An empty cluster keeps its centroid.
                    centroids.AsSpan(c * dimensions, dimensions).CopyTo(next.AsSpan(c * dimensions));
                    continue;
                }

                for (var d = 0; d < dimensions; d++)
                {
                    next[(c * dimensions) + d] = (float)(sums[(c * dimensions) + d] / counts[c]);
                }
            }

            centroids = next;
        }

        return centroids;
    }
}
