namespace EntityExtract.Training.Clusters;

/// <summary>Settings for <see cref="BrownClusterer.Train"/>, validated once before training starts.</summary>
public sealed record BrownOptions
{
    /// <summary>
    /// Number of clusters kept active while words enter. Cost grows with its square, so this is
    /// the knob that trades run time for finer classes (1000 is the usual setting for NER).
    /// </summary>
    public int Clusters { get; init; } = 1000;

    /// <summary>Words seen fewer times than this are left out; their contexts are too thin to place them.</summary>
    public int MinCount { get; init; } = 3;

    internal void Validate()
    {
        if (Clusters < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(Clusters), Clusters, "At least two clusters are needed.");
        }

        if (MinCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinCount), MinCount, "The minimum count must be at least 1.");
        }
    }
}
