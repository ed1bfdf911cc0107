using EntityExtract.Entities.Joining;
using EntityExtract.Entities.Tables;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Pipeline.Jobs;

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

    /// <summary>
    /// Mention rows name the corpus-table row each mention is counted in (<c>entity_type</c>,
    /// <c>entity</c>); the rows are written at the end of the run.
    /// </summary>
    public bool Entity { get; init; }

    /// <summary>With <see cref="GroupBy.Pairs"/>: pairs named in one sentence or in one article.</summary>
    public PairUnit PairUnit { get; init; } = PairUnit.Sentence;

    /// <summary>With <see cref="GroupBy.Pairs"/>: after the pairs, a row per entity (what <c>merge</c> needs to join shards' pairs).</summary>
    public bool EntityRows { get; init; }

    /// <summary>The user's lines on which names are one entity and which are not (<c>--aliases</c>); null for none.</summary>
    public UserAliases? Aliases { get; init; }

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

        if (Entity && Group != GroupBy.None)
        {
            throw new ArgumentException("--entity goes with mention rows (--group none): --group corpus is the table it names rows of.");
        }

        if ((PairUnit != PairUnit.Sentence || EntityRows) && Group != GroupBy.Pairs)
        {
            throw new ArgumentException("--pair-unit and --entity-rows go with --group pairs.");
        }

        if (EntityRows && Gephi)
        {
            throw new ArgumentException("--entity-rows goes with a pairs table, not --gephi (an edge list has no entity rows).");
        }

        if (Types.Count == 0)
        {
            throw new ArgumentException("--types must name at least one type.");
        }

        return this;
    }
}
