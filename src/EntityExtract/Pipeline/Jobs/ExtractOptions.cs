using EntityExtract.Tagging.Labels;


namespace EntityExtract.Pipeline.Jobs;

/// <summary>Everything that shapes an extraction run, made once from the command line and passed down.</summary>
public sealed record ExtractOptions
{
    public static readonly IReadOnlySet<EntityType> DefaultTypes =
        new HashSet<EntityType> { EntityType.Person, EntityType.Location, EntityType.Organization };

    public IReadOnlySet<EntityType> Types { get; init; } = DefaultTypes;

    public float MinScore { get; init; }

    /// <summary>Characters of context either side of a mention; 0 leaves the column out.</summary>
    public int Context { get; init; }

    public GroupBy Group { get; init; } = GroupBy.None;

    /// <summary>With <see cref="GroupBy.Pairs"/>: name the columns as Gephi's edge lists do.</summary>
    public bool Gephi { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first bad setting.</summary>
    public ExtractOptions Validate()
    {
        if (MinScore is < 0 or > 1 || float.IsNaN(MinScore))
        {
            throw new ArgumentException($"--min-score must be between 0 and 1 (got {MinScore}).");
        }

        if (Context < 0)
        {
            throw new ArgumentException($"--context must not be negative (got {Context}).");
        }

        if (Gephi && Group != GroupBy.Pairs)
        {
            throw new ArgumentException("--gephi goes with --group pairs.");
        }

        if (Context > 0 && Group == GroupBy.Pairs)
        {
            throw new ArgumentException("--context goes with --group none, file or corpus, not pairs.");
        }

        if (Types.Count == 0)
        {
            throw new ArgumentException("--types must name at least one type.");
        }

        return this;
    }
}
