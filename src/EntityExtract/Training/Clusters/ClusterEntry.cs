namespace EntityExtract.Training.Clusters;

/// <summary>
/// One word of the cluster tree: <paramref name="Bits"/> is its path from the root ('0' and '1'),
/// so any prefix of it names a coarser cluster. <paramref name="Word"/> is in <see cref="ClusterKey"/> form.
/// </summary>
public readonly record struct ClusterEntry(string Bits, string Word, long Count);
