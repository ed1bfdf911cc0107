using EntityExtract.Entities.Joining;
using EntityExtract.Input;
using EntityExtract.Output;

namespace EntityExtract.Entities.Merging;

/// <summary>
/// The <c>merge</c> command's work: takes tables one after another, checks that each is an entity
/// table of the same kind and columns as the first, and feeds its rows to an
/// <see cref="EntityTableMerger"/>. A header that is no entity table's, or a kind that differs,
/// throws <see cref="ArgumentException"/> (nothing is written); a bad row is reported as
/// <c>TABLE:LINE</c> and skipped.
/// </summary>
/// <param name="wanted">The kind to write, or null for the kind read. File tables can become a corpus table.</param>
/// <param name="unguard">
/// Whether the tables were written with the formula guard (the default, not <c>--no-sanitize</c>):
/// a text cell such as <c>'=x</c> is then read as the raw <c>=x</c>, so names sort and join as in
/// the run that wrote them.
/// </param>
/// <param name="gephi">Write a pairs table as <c>extract --group pairs --gephi</c> does.</param>
/// <param name="user">The user's lines (<c>--aliases</c>), applied when names are joined again.</param>
/// <param name="entityRows">With pairs tables: keep the entity rows after the pairs (<c>--entity-rows</c>).</param>
public sealed class TableMerge(TableKind? wanted, bool unguard = false, bool gephi = false, UserAliases? user = null, bool entityRows = false)
{
    private EntityTableMerger? _merger;
    private string? _firstName;
    private IReadOnlyList<string> _inputColumns = [];
    private TableKind _inputKind;

    /// <summary>Rows and tables that could not be read.</summary>
    public int Problems { get; private set; }

    /// <summary>The kind of table written: the one asked for, else the one read (corpus when nothing was read).</summary>
    public TableKind Output => _merger?.Output ?? wanted ?? TableKind.Corpus;

    /// <summary>The columns written: the kind's (a pairs table keeps the header it was read with).</summary>
    public IReadOnlyList<string> Columns => Output == TableKind.Pairs && gephi ? TableColumns.Gephi
        : _merger is null ? TableKinds.ColumnsOf(Output)
        : Output == _inputKind ? _inputColumns
        : TableKinds.ColumnsOf(Output, _merger.Context);

    public void Add(string name, ITableRows table, Action<InputProblem> report)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(report);
        if (table.Columns.Count == 0)
        {
            return; // a JSON Lines table with no rows: nothing to add, nothing to check
        }

        if (table.Columns.SequenceEqual(TableColumns.Gephi, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{name}: a --gephi table leaves out what merge needs; merge the shards' --group pairs tables (with --gephi to write the merged one for Gephi)");
        }

        var kind = TableKinds.Detect(table.Columns)
            ?? throw new ArgumentException(
                $"{name}: not an entity table (header '{string.Join(',', table.Columns)}'); merge reads tables written by 'extract --group file', '--group corpus' or '--group pairs' with the same --format");
        _merger ??= Start(name, kind, table.Columns);
        if (kind != _inputKind)
        {
            throw new ArgumentException($"{name}: a {Name(kind)} table cannot be merged with the {Name(_inputKind)} table {_firstName}");
        }

        if (!table.Columns.SequenceEqual(_inputColumns, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{name}: its columns ('{string.Join(',', table.Columns)}') differ from those of {_firstName} ('{string.Join(',', _inputColumns)}')");
        }

        bool pairRows = false, entityRowsRead = false;
        try
        {
            foreach (var row in table.Rows())
            {
                if (kind == TableKind.Pairs && row.Problem is null && row.Cells.Count > 2)
                {
                    // type2 is empty on an entity row.
                    pairRows |= row.Cells[2].Length > 0;
                    entityRowsRead |= row.Cells[2].Length == 0;
                }

                if ((row.Problem ?? _merger.Add(kind, unguard ? Unguarded(row.Cells) : row.Cells)) is { } reason)
                {
                    Problems++;
                    report(new InputProblem($"{name}:{row.Line}", reason));
                }
            }
        }
        catch (TableFormatException e)
        {
            Problems++;
            report(new InputProblem($"{name}:{e.Line}", $"{e.Message}; the rest of the table is skipped"));
        }

        if (pairRows && !entityRowsRead)
        {
            throw new ArgumentException($"{name}: a pairs table without its entity rows cannot be merged; write the shards' tables with 'extract --group pairs --entity-rows'");
        }
    }

    public void Write(ITableWriter rows) => (_merger ?? new EntityTableMerger(Output, user: user)).Write(rows);

    /// <summary>The cells as written before the formula guard added its apostrophe.</summary>
    internal static IReadOnlyList<string> Unguarded(IReadOnlyList<string> cells)
    {
        string[]? copy = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Length >= 2 && cell[0] == '\'' && CsvTableWriter.NeedsFormulaGuard(cell.AsSpan(1)))
            {
                copy ??= [.. cells];
                copy[i] = cell[1..];
            }
        }

        return copy ?? cells;
    }

    private EntityTableMerger Start(string name, TableKind kind, IReadOnlyList<string> columns)
    {
        if (wanted is { } target && target != kind && !(kind == TableKind.File && target == TableKind.Corpus))
        {
            throw new ArgumentException(kind == TableKind.Corpus && target == TableKind.File
                ? $"{name}: a corpus table cannot be turned into a file table (it does not say which file an entity came from)"
                : $"{name}: a {Name(kind)} table cannot be merged into a {Name(target)} table");
        }

        _firstName = name;
        _inputKind = kind;
        _inputColumns = [.. columns];
        if (gephi && (wanted ?? kind) != TableKind.Pairs)
        {
            throw new ArgumentException("--gephi goes with --group pairs tables");
        }

        return new EntityTableMerger(wanted ?? kind, columns.Contains("context"), user) { Gephi = gephi, PairColumns = [.. columns], EntityRows = entityRows };
    }

    private static string Name(TableKind kind) => kind switch
    {
        TableKind.File => "--group file",
        TableKind.Corpus => "--group corpus",
        _ => "--group pairs",
    };
}
