using EntityExtract.Entities.Merging;
using EntityExtract.Entities.Tables;
using EntityExtract.Output;

namespace EntityExtract.Report;

/// <summary>
/// Gathers what the page shows from the tables a run writes, so that its numbers are the tables'
/// numbers: entities from the corpus table (or the entity rows at the end of a pairs table), pairs
/// from the pairs table, and mentions from the mention rows (<c>extract</c> without <c>--group</c>).
/// Entity tables must be added before mention rows, which are read as a stream: memory grows with
/// the entities and files kept (<see cref="ReportLimits"/>), not with the mentions.
/// </summary>
public sealed class ReportTables(ReportLimits limits)
{
    private readonly List<ReportEntity> _all = [];
    private readonly List<(string Type1, string Name1, string Type2, string Name2, long Sentences, long Files)> _pairRows = [];
    private readonly Dictionary<(string Type, string Name), int> _byTypedName = [];
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fileIndex = new(StringComparer.Ordinal);
    private bool _haveEntities;
    private List<ReportEntity>? _kept;

    public ReportLimits Limits { get; } = limits;

    /// <summary>Entity rows read, whether kept or not.</summary>
    public int EntityCount { get; private set; }

    /// <summary>Mentions over all entity rows (the sum of the corpus table's <c>mentions</c>).</summary>
    public long MentionCount { get; private set; }

    /// <summary>Mention rows read.</summary>
    public long MentionRows { get; private set; }

    internal List<ReportFile> Files { get; } = [];

    internal List<ReportPair> Pairs { get; } = [];

    internal IReadOnlyList<ReportEntity> Entities => _kept ??= Keep();

    /// <summary>
    /// Whether <paramref name="columns"/> head mention rows: the columns of
    /// <see cref="TableColumns.Mentions"/> first, then any of <c>context</c> and <c>page</c>.
    /// </summary>
    public static bool IsMentionTable(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return columns.Count >= TableColumns.Mentions.Length
            && columns.Take(TableColumns.Mentions.Length).SequenceEqual(TableColumns.Mentions, StringComparer.Ordinal)
            && columns.Skip(TableColumns.Mentions.Length).All(c => c is "context" or "page");
    }

    /// <summary>Reads a corpus or pairs table. Returns a problem to report, or null.</summary>
    public string? AddEntityTable(ITableRows table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (_kept is not null)
        {
            return "entity tables must come before mention rows";
        }

        var kind = TableKinds.Detect(table.Columns);
        if (kind is not (TableKind.Corpus or TableKind.Pairs))
        {
            return "not a corpus or pairs table";
        }

        // A pairs table repeats the corpus table's rows after its pairs: the first table read gives the entities.
        var takeEntities = !_haveEntities;
        foreach (var row in table.Rows())
        {
            if (row.Problem is not null)
            {
                return $"line {row.Line}: {row.Problem}";
            }

            var cells = TableMerge.Unguarded(row.Cells);
            if (kind == TableKind.Corpus)
            {
                if (takeEntities)
                {
                    AddEntity(cells[0], cells[1], cells[2], cells[3], cells[4]);
                }
            }
            else if (cells[2].Length == 0)
            {
                if (takeEntities)
                {
                    AddEntity(cells[0], cells[1], cells[4], cells[5], cells[6]);
                }
            }
            else
            {
                _pairRows.Add((cells[0], cells[1], cells[2], cells[3], Number(cells[4]), Number(cells[5])));
            }
        }

        _haveEntities |= takeEntities;
        return null;
    }

    /// <summary>Reads mention rows, keeping a few in context per entity and each file's counts.</summary>
    public void AddMentions(ITableRows table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _ = Entities;
        var columns = table.Columns;
        var file = Column(columns, "file");
        var line = Column(columns, "line");
        var column = Column(columns, "column");
        var type = Column(columns, "type");
        var text = Column(columns, "text");
        var canonical = Column(columns, "canonical");
        var context = columns.Contains("context") ? Column(columns, "context") : -1;
        foreach (var row in table.Rows())
        {
            if (row.Problem is not null || row.Cells.Count < columns.Count)
            {
                continue;
            }

            var cells = TableMerge.Unguarded(row.Cells);
            MentionRows++;
            var report = FileOf(cells[file]);
            if (report is null)
            {
                continue;
            }

            report.Mentions++;
            var index = Find(cells[type], cells[canonical], cells[text]);
            if (index < 0)
            {
                continue;
            }

            var entity = _kept![index];
            entity.Rows++;
            report.ByEntity[index] = report.ByEntity.GetValueOrDefault(index) + 1;
            if (entity.Shown.Count < Limits.Contexts)
            {
                entity.Shown.Add(new ReportMention(_fileIndex[cells[file]], Number(cells[line]), Number(cells[column]), cells[text], context >= 0 ? cells[context] : ""));
            }
        }
    }

    private ReportFile? FileOf(string path)
    {
        if (_fileIndex.TryGetValue(path, out var index))
        {
            return Files[index];
        }

        if (Files.Count >= Limits.Files)
        {
            return null;
        }

        _fileIndex[path] = Files.Count;
        var file = new ReportFile(path);
        Files.Add(file);
        return file;
    }

    private int Find(string type, string canonical, string text)
    {
        if (_byTypedName.TryGetValue((type, canonical), out var index) || _byName.TryGetValue(canonical, out index)
            || _byTypedName.TryGetValue((type, text), out index) || _byName.TryGetValue(text, out index))
        {
            return index;
        }

        return -1;
    }

    private void AddEntity(string type, string name, string mentions, string files, string names)
    {
        var entity = new ReportEntity(_all.Count, type, name, Number(mentions), Number(files), names);
        _all.Add(entity);
        EntityCount++;
        MentionCount += entity.Mentions;
    }

    /// <summary>Keeps the most mentioned entities (the table's order), maps their names, and resolves pairs among them.</summary>
    private List<ReportEntity> Keep()
    {
        var kept = _all
            .OrderByDescending(e => e.Mentions)
            .ThenBy(e => e.Index)
            .Take(Limits.Entities)
            .Select((e, i) => new ReportEntity(i, e.Type, e.Name, e.Mentions, e.Files, e.Names))
            .ToList();
        _all.Clear();
        _all.TrimExcess();
        for (var i = 0; i < kept.Count; i++)
        {
            var entity = kept[i];
            _byTypedName.TryAdd((entity.Type, entity.Name), i);
            _byName.TryAdd(entity.Name, i);
        }

        // Name forms second, so that an entity's own name wins over another's joined form.
        for (var i = 0; i < kept.Count; i++)
        {
            foreach (var (name, _) in NameList.Parse(kept[i].Names) ?? [])
            {
                _byTypedName.TryAdd((kept[i].Type, name), i);
                _byName.TryAdd(name, i);
            }
        }

        foreach (var (type1, name1, type2, name2, sentences, files) in _pairRows)
        {
            if (_byTypedName.TryGetValue((type1, name1), out var a) && kept[a].Name == name1
                && _byTypedName.TryGetValue((type2, name2), out var b) && kept[b].Name == name2)
            {
                Pairs.Add(new ReportPair(a, b, sentences, files));
            }
        }

        _pairRows.Clear();
        _pairRows.TrimExcess();
        return kept;
    }

    private static int Column(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"no {name} column", nameof(columns));
    }

    private static long Number(string cell) => long.TryParse(cell, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
