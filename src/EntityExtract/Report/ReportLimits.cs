namespace EntityExtract.Report;

/// <summary>
/// How much of a corpus the page keeps, so that its size is bounded whatever the corpus: the
/// entity table lists the <see cref="Entities"/> most mentioned entities, each with at most
/// <see cref="Contexts"/> mentions shown in context; the network draws the <see cref="Network"/>
/// most mentioned; each chart shows <see cref="Bars"/> entities of its type; the file view lists
/// at most <see cref="Files"/> files, each with its <see cref="EntitiesPerFile"/> most mentioned entities.
/// </summary>
public sealed record ReportLimits
{
    public int Entities { get; init; } = 1000;

    public int Contexts { get; init; } = 5;

    public int Network { get; init; } = 40;

    public int Bars { get; init; } = 15;

    public int Files { get; init; } = 10_000;

    public int EntitiesPerFile { get; init; } = 8;

    /// <summary>Partners listed beside an entity when it is clicked.</summary>
    public int Partners { get; init; } = 10;
}
