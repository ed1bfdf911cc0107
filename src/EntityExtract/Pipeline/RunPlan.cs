using EntityExtract.Entities.Tables;
using EntityExtract.Output;
using EntityExtract.Pipeline.Jobs;
using EntityExtract.Tagging;

namespace EntityExtract.Pipeline;

/// <summary>
/// What a run computes: the kind of table and its columns, the per-piece job (one per worker), and
/// the table that gathers pieces when rows span more than one (per file, per corpus).
/// </summary>
/// <param name="Kind">What the table holds, as the user knows it; a workbook names its sheet after it.</param>
public sealed record RunPlan(string Kind, IReadOnlyList<string> Columns, Func<IDocumentJob> CreateJob)
{
    public IEntityTable? Table { get; init; }

    /// <summary>Whether pieces need file-wide sentence numbers (only <c>tokenize</c> writes them).</summary>
    public bool NumberSentences { get; init; }

    /// <summary><c>tokenize</c>: one row per token.</summary>
    public static RunPlan Tokenize() => new("tokens", TableColumns.Tokens, () => new TokenRowsJob()) { NumberSentences = true };

    /// <summary><c>extract</c>: one row per mention, or an entity table for <c>--group</c>.</summary>
    public static RunPlan Extract(ExtractOptions options, EntityTagger tagger)
    {
        if (options.Entity)
        {
            var mentions = new MentionEntityTable(options.Context > 0, options.Aliases, options.Pages);
            return new RunPlan("mentions", mentions.Columns, () => new MentionRowsJob(tagger, options)) { Table = mentions };
        }

        // An entity table's kind is its --group mode.
        (string Kind, IEntityTable Table)? grouped = options.Group switch
        {
            GroupBy.File => ("file", new FileTable(options.Context > 0, options.Aliases)),
            GroupBy.Corpus => ("corpus", new CorpusTable(options.Context > 0, options.Aliases)),
            GroupBy.Pairs => ("pairs", new PairsTable(options.Gephi, options.Aliases) { ByArticle = options.PairUnit == PairUnit.Article, EntityRows = options.EntityRows }),
            _ => null,
        };
        return grouped is not { } group
            ? new RunPlan("mentions", MentionRowsJob.ColumnsFor(options), () => new MentionRowsJob(tagger, options))
            : new RunPlan(group.Kind, group.Table.Columns, () => new EntityCountJob(tagger, options)) { Table = group.Table };
    }

    /// <summary>
    /// <c>report</c>: the mention rows (with context when asked) as the run's rows, and the pairs
    /// table, whose entity rows are the corpus table's, written to <paramref name="pairs"/>.
    /// </summary>
    public static RunPlan Report(ExtractOptions options, EntityTagger tagger, Stream pairs, TableWriterOptions table) =>
        new("mentions", MentionRowsJob.ColumnsFor(options), () => new ReportRowsJob(tagger, options))
        {
            Table = new TableBeside(new PairsTable(gephi: false, options.Aliases) { EntityRows = true }, pairs, table),
        };
}
