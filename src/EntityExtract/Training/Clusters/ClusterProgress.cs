namespace EntityExtract.Training.Clusters;

/// <summary>A progress report from <see cref="BrownClusterer.Train"/>; <paramref name="Total"/> is 0 when not known yet.</summary>
public readonly record struct ClusterProgress(ClusterPhase Phase, long Done, long Total);
