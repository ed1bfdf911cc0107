using EntityExtract.Tagging;

namespace EntityExtract.Pipeline;

/// <summary>Everything that shapes an extraction run, made once from the command line and passed down.</summary>
public sealed record ExtractOptions
{
    public static readonly IReadOnlySet<EntityType> DefaultTypes =
        new HashSet<EntityType> { EntityType.Person, EntityType.Location, EntityType.Organization };

    public IReadOnlySet<EntityType> Types { get; init; } = DefaultTypes;

    public float MinScore { get; init; }

    /// <summary>
    /// The widest <see cref="Context"/>. Every row of a piece is held until the piece is written,
    /// each with its context, so an unbounded width (the whole file in every row) made memory grow
    /// with the mentions times the file's size; at this width a row's context is at most about 4 KB.
    /// </summary>
    public const int MaxContext = 1000;

    /// <summary>Characters of context either side of a mention; 0 leaves the column out.</summary>
    public int Context { get; init; }

    public GroupBy Group { get; init; } = GroupBy.None;

    /// <summary>With <see cref="GroupBy.Pairs"/>: name the columns as Gephi's edge lists do.</summary>
    public bool Gephi { get; init; }

    /// <summary>
    /// Adds a last <c>page</c> column to mention rows: the PDF page each mention is on, empty for
    /// other files. The command line sets it when the run reads a PDF, so a run without one keeps
    /// its columns.
    /// </summary>
    public bool Pages { get; init; }

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

        if (Context > MaxContext)
        {
            throw new ArgumentException($"--context must be at most {MaxContext} characters either side (got {Context}).");
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
