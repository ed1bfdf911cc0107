using EntityExtract.Input;

namespace EntityExtract.Entities.Merging;

/// <summary>
/// The <c>merge</c> command's work: takes tables one after another, checks that each is an entity
/// table of the same kind as the first, and feeds its rows to an <see cref="EntityTableMerger"/>.
/// A header that is no entity table's, or a kind that differs, throws <see cref="ArgumentException"/>
/// (nothing is written); a bad row is reported as <c>TABLE:LINE</c> and skipped.
/// </summary>
/// <param name="wanted">The kind to write, or null for the kind read. File tables can become a corpus table.</param>
public sealed class TableMerge(TableKind? wanted)
{
    private EntityTableMerger? _merger;
    private string? _firstName;
    private TableKind _inputKind;

    /// <summary>Rows and tables that could not be read.</summary>
    public int Problems { get; private set; }

    /// <summary>The kind of table written: the one asked for, else the one read (corpus when nothing was read).</summary>
    public TableKind Output => _merger?.Output ?? wanted ?? TableKind.Corpus;

    public IReadOnlyList<string> Columns => TableKinds.ColumnsOf(Output);

    public void Add(string name, ITableRows table, Action<InputProblem> report)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(report);
        if (table.Columns.Count == 0)
        {
            return; // a JSON Lines table with no rows: nothing to add, nothing to check
        }

        var kind = TableKinds.Detect(table.Columns)
            ?? throw new ArgumentException(
                $"{name}: not an entity table (header '{string.Join(',', table.Columns)}'); merge reads tables written by 'extract --group file' or '--group corpus' with the same --format");
        _merger ??= Start(name, kind);
        if (kind != _inputKind)
        {
            throw new ArgumentException($"{name}: a {Name(kind)} table cannot be merged with the {Name(_inputKind)} table {_firstName}");
        }

        try
        {
            foreach (var row in table.Rows())
            {
                if (_merger.Add(kind, row.Cells) is { } reason)
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
    }

    public void Write(Output.ITableWriter rows) => (_merger ?? new EntityTableMerger(Output)).Write(rows);

    private EntityTableMerger Start(string name, TableKind kind)
    {
        if (wanted == TableKind.File && kind == TableKind.Corpus)
        {
            throw new ArgumentException($"{name}: a corpus table cannot be turned into a file table (it does not say which file an entity came from)");
        }

        _firstName = name;
        _inputKind = kind;
        return new EntityTableMerger(wanted ?? kind);
    }

    private static string Name(TableKind kind) => kind == TableKind.File ? "--group file" : "--group corpus";
}
