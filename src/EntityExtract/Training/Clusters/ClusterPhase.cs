namespace EntityExtract.Training.Clusters;

/// <summary>The stages of clustering that report progress.</summary>
public enum ClusterPhase
{
    /// <summary>Reading and counting the training text; <c>Done</c> counts tokens, the total is unknown (0).</summary>
    ReadingCorpus,

    /// <summary>Merging clusters; <c>Done</c> of <c>Total</c> merges (one fewer than the vocabulary size).</summary>
    Merging,
}
