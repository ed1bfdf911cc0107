namespace EntityExtract.Report;

/// <summary>One row of the corpus table (or a pairs table's entity rows), as the page shows it.</summary>
internal sealed class ReportEntity(int index, string type, string name, long mentions, long files, string names)
{
    public int Index { get; } = index;

    public string Type { get; } = type;

    public string Name { get; } = name;

    public long Mentions { get; } = mentions;

    public long Files { get; } = files;

    /// <summary>The table's <c>names</c> cell: the name forms joined into this entity.</summary>
    public string Names { get; } = names;

    /// <summary>The first mentions met, in table order, at most <see cref="ReportLimits.Contexts"/>.</summary>
    public List<ReportMention> Shown { get; } = [];

    /// <summary>Mention rows that map to this entity (may differ from <see cref="Mentions"/> only when tables were edited).</summary>
    public long Rows { get; set; }
}

/// <summary>One mention row kept to show: where it is and what surrounds it.</summary>
internal readonly record struct ReportMention(int File, long Line, long Column, string Text, string Context);

/// <summary>One row of the pairs table: two entities named in one sentence.</summary>
internal readonly record struct ReportPair(int A, int B, long Sentences, long Files);

/// <summary>One input file: its mentions and its most mentioned entities.</summary>
internal sealed class ReportFile(string path)
{
    public string Path { get; } = path;

    public long Mentions { get; set; }

    /// <summary>Mentions per kept entity (index into the entity list).</summary>
    public Dictionary<int, int> ByEntity { get; } = [];
}
