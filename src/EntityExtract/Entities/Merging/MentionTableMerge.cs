using System.Globalization;
using EntityExtract.Entities.Tables;
using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Entities.Merging;

/// <summary>
/// <c>merge --corpus CORPUS</c> over mention tables written by <c>extract --entity</c> (one per
/// shard): the rows of all tables in the order one run writes them (files in ordinal order of
/// their path, each file's rows as written), each with <c>entity_type</c> and <c>entity</c> taken
/// afresh from CORPUS, the merged <c>--group corpus</c> table. A mention's <c>canonical</c> is its
/// file's name for the entity, the name the corpus table counts it under, so CORPUS's
/// <c>names</c> cells say which row counts it, with the shard's <c>entity_type</c> (the type of
/// the name, which a corpus row shares with all its names). Memory holds the corpus table's names and one row
/// per table; the mention tables are streamed.
/// </summary>
/// <param name="unguard">As in <see cref="TableMerge"/>: read cells written with the formula guard as the raw text.</param>
public sealed class MentionTableMerge(bool unguard = false)
{
    private readonly Dictionary<(EntityType, string), (EntityType Type, string Display)> _rowOf = [];
    private IReadOnlyList<string>? _columns;

    /// <summary>Rows that could not be read or placed.</summary>
    public int Problems { get; private set; }

    /// <summary>The columns written: those of the mention tables read.</summary>
    public IReadOnlyList<string> Columns => _columns ?? TableColumns.MentionsOf(context: false, entity: true);

    /// <summary>Whether <paramref name="columns"/> are a mention table's with entity cells.</summary>
    public static bool IsMentionTable(IReadOnlyList<string> columns) =>
        columns.SequenceEqual(TableColumns.MentionsOf(false, true), StringComparer.Ordinal)
        || columns.SequenceEqual(TableColumns.MentionsOf(true, true), StringComparer.Ordinal);

    /// <summary>Reads the merged corpus table: which row counts each name.</summary>
    public void AddCorpus(string name, ITableRows table, Action<InputProblem> report)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(report);
        if (TableKinds.Detect(table.Columns) != TableKind.Corpus)
        {
            throw new ArgumentException($"{name}: --corpus takes a --group corpus table (header '{string.Join(',', table.Columns)}')");
        }

        foreach (var row in table.Rows())
        {
            var cells = row.Problem is null ? new RowCells(table.Columns, unguard ? TableMerge.Unguarded(row.Cells) : row.Cells) : default;
            var problem = row.Problem ?? (cells.IsComplete ? null : $"expected {cells.ColumnCount} cells, found {cells.Count}");
            if (problem is null && !EntityTypeNames.TryParseUserName(cells["type"], out _))
            {
                problem = $"unknown entity type '{cells["type"]}'";
            }

            if (problem is null)
            {
                EntityTypeNames.TryParseUserName(cells["type"], out var type);
                var names = cells["names"].Length == 0 ? [(cells["entity"], (1L, 1L))] : NameList.Parse(cells["names"]);
                if (names is null)
                {
                    problem = $"names is not a list of names (got '{cells["names"]}')";
                }
                else
                {
                    foreach (var (form, counts) in names)
                    {
                        // Counted names are the names the corpus counts; the others are files' aliases.
                        if (counts is not null)
                        {
                            var key = CorpusNames.KeyOf(form);
                            _rowOf[(CorpusNames.SharedType(type, key), key)] = (type, cells["entity"]);
                        }
                    }
                }
            }

            if (problem is not null)
            {
                Problems++;
                report(new InputProblem($"{name}:{row.Line}", problem));
            }
        }
    }

    /// <summary>Writes the rows of <paramref name="tables"/>, files in path order, relabelled; returns the rows written.</summary>
    public long Write(IReadOnlyList<(string Name, ITableRows Table)> tables, ITableWriter output, Action<InputProblem> report)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (name, table) in tables)
        {
            if (table.Columns.Count == 0)
            {
                continue;
            }

            if (!IsMentionTable(table.Columns))
            {
                throw new ArgumentException($"{name}: not a mention table written by 'extract --entity' (header '{string.Join(',', table.Columns)}')");
            }

            _columns ??= table.Columns;
            if (!table.Columns.SequenceEqual(_columns, StringComparer.Ordinal))
            {
                throw new ArgumentException($"{name}: its columns ('{string.Join(',', table.Columns)}') differ from those of {tables[0].Name}");
            }
        }

        var cursors = tables.Where(t => t.Table.Columns.Count > 0).Select(t => new Cursor(t.Name, t.Table)).ToList();
        foreach (var cursor in cursors)
        {
            cursor.MoveNext(report, this);
        }

        long written = 0;
        while (true)
        {
            Cursor? next = null;
            foreach (var cursor in cursors)
            {
                if (cursor.Current is { } row && (next is null || string.CompareOrdinal(row.Cells[0], next.Current!.Value.Cells[0]) < 0))
                {
                    next = cursor;
                }
            }

            if (next is null)
            {
                break;
            }

            // A file's rows are together in one table: take them all before looking again.
            var file = next.Current!.Value.Cells[0];
            while (next.Current is { } row && row.Cells[0] == file)
            {
                if (WriteRow(row, output) is { } problem)
                {
                    Problems++;
                    report(new InputProblem($"{next.Name}:{row.Line}", problem));
                }
                else
                {
                    written++;
                }

                next.MoveNext(report, this);
            }
        }

        output.Flush();
        return written;
    }

    private string? WriteRow(TableRow row, ITableWriter output)
    {
        var cells = new RowCells(_columns!, unguard ? TableMerge.Unguarded(row.Cells) : row.Cells);
        if (!cells.IsComplete)
        {
            return $"expected {cells.ColumnCount} cells, found {cells.Count}";
        }

        var numbers = new long[4];
        string[] positions = ["line", "column", "start", "end"];
        for (var i = 0; i < positions.Length; i++)
        {
            if (!long.TryParse(cells[positions[i]], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return $"{positions[i]} is not a count (got '{cells[positions[i]]}')";
            }
        }

        if (!float.TryParse(cells["score"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score))
        {
            return $"score is not a number (got '{cells["score"]}')";
        }

        // The name's own type: a shard's entity_type (corpus rows hold names of one type), which
        // the mention's type need not be when the tool joined it to a name of another type.
        if (!EntityTypeNames.TryParseUserName(cells["entity_type"], out var type))
        {
            return $"unknown entity type '{cells["entity_type"]}'";
        }

        var key = CorpusNames.KeyOf(cells["canonical"]);
        if (!_rowOf.TryGetValue((CorpusNames.SharedType(type, key), key), out var entity))
        {
            return $"no row of the --corpus table counts '{cells["canonical"]}' ({cells["entity_type"]})";
        }

        output.Text(cells["file"]);
        foreach (var number in numbers)
        {
            output.Number(number);
        }

        output.Text(cells["type"]);
        output.Text(cells["text"]);
        output.Score(score);
        output.Text(cells["canonical"]);
        output.Text(EntityTypeNames.ToLongName(entity.Type));
        output.Text(entity.Display);
        if (_columns!.Count > TableColumns.MentionsOf(false, true).Count)
        {
            output.Text(cells[TableColumns.Context]);
        }

        output.EndRow();
        return null;
    }

    /// <summary>One table being read, one row ahead.</summary>
    private sealed class Cursor
    {
        private readonly IEnumerator<TableRow> _rows;

        public Cursor(string name, ITableRows table)
        {
            Name = name;
            _rows = table.Rows().GetEnumerator();
        }

        public string Name { get; }

        /// <summary>The row ahead; null before the first <see cref="MoveNext"/> and at the end.</summary>
        public TableRow? Current { get; private set; }

        public void MoveNext(Action<InputProblem> report, MentionTableMerge merge)
        {
            try
            {
                Current = _rows.MoveNext() ? _rows.Current : null;
                while (Current is { Problem: { } problem } bad)
                {
                    merge.Problems++;
                    report(new InputProblem($"{Name}:{bad.Line}", problem));
                    Current = _rows.MoveNext() ? _rows.Current : null;
                }
            }
            catch (TableFormatException e)
            {
                merge.Problems++;
                report(new InputProblem($"{Name}:{e.Line}", $"{e.Message}; the rest of the table is skipped"));
                Current = null;
            }
        }
    }
}
