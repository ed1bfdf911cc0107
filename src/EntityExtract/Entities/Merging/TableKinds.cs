using EntityExtract.Output;

namespace EntityExtract.Entities.Merging;

/// <summary>Maps between a table's columns (<see cref="TableColumns"/>) and its <see cref="TableKind"/>.</summary>
public static class TableKinds
{
    /// <summary>
    /// Every header of a table <c>merge</c> reads: each kind's, with <c>context</c> for file and
    /// corpus tables. A <c>--gephi</c> table is not one: it leaves out what merging needs.
    /// </summary>
    private static readonly (TableKind Kind, IReadOnlyList<string> Columns)[] Headers =
    [
        (TableKind.File, TableColumns.FileOf(context: false)),
        (TableKind.File, TableColumns.FileOf(context: true)),
        (TableKind.Corpus, TableColumns.CorpusOf(context: false)),
        (TableKind.Corpus, TableColumns.CorpusOf(context: true)),
        (TableKind.Pairs, TableColumns.Pairs),
        (TableKind.Pairs, TableColumns.PairsByArticle),
    ];

    /// <summary>The columns of a table of <paramref name="kind"/>, with a <c>context</c> column or not.</summary>
    public static IReadOnlyList<string> ColumnsOf(TableKind kind, bool context = false) => kind switch
    {
        TableKind.File => TableColumns.FileOf(context),
        TableKind.Corpus => TableColumns.CorpusOf(context),
        _ => TableColumns.Pairs,
    };

    /// <summary>The kind whose columns are exactly <paramref name="columns"/>, in order; null for any other header.</summary>
    public static TableKind? Detect(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var (kind, header) in Headers)
        {
            if (columns.SequenceEqual(header, StringComparer.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}
