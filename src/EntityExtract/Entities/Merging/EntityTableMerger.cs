using System.Globalization;
using EntityExtract.Entities.Joining;
using EntityExtract.Entities.Tables;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Entities.Merging;

/// <summary>
/// Combines entity tables written by shards of one run into the table a single run would have
/// written, byte for byte. File tables keep each file's rows; corpus tables, and file tables
/// merged into a corpus table, give their names (a corpus row's <c>names</c> cell lists every name
/// joined into it, with counts) to <see cref="CorpusNames"/>, which joins them again as one run
/// over all the input does. Pair tables give their entity rows to <see cref="CorpusNames"/> too, and
/// their pairs of names are summed over the entities those names join into.
/// Counts are 64-bit; a row whose counts would make a total exceed that is refused, alone.
/// </summary>
public sealed class EntityTableMerger(TableKind output, bool context = false, UserAliases? user = null)
{
    private readonly CorpusNames _corpus = new(user);
    private readonly Dictionary<(string File, EntityType, string), FileEntity> _files = [];
    private readonly Dictionary<(EntityType, string, EntityType, string), (long Sentences, long Files)> _pairs = [];
    private long _fileMentions;
    private long _pairSentences;
    private long _pairFiles;

    public TableKind Output { get; } = output;

    /// <summary>Whether file and corpus rows carry a <c>context</c> cell.</summary>
    public bool Context { get; } = context;

    /// <summary>Adds one row of a table of <paramref name="kind"/>; returns a reason when the row cannot be read.</summary>
    public string? Add(TableKind kind, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (kind != Output && !(kind == TableKind.File && Output == TableKind.Corpus))
        {
            throw new InvalidOperationException($"a {kind} table cannot be merged into a {Output} table");
        }

        return kind switch
        {
            TableKind.Corpus => AddCorpusRow(cells),
            TableKind.Pairs => AddPairRow(cells),
            _ => AddFileRow(cells),
        };
    }

    private string? AddCorpusRow(IReadOnlyList<string> cells)
    {
        var row = new RowCells(TableKinds.ColumnsOf(TableKind.Corpus, Context), cells);
        if (!HasCells(row, out var error)
            || !TryType(row["type"], out var type, ref error)
            || !TryNumber(row, "mentions", out var mentions, ref error)
            || !TryNumber(row, "files", out var files, ref error)
            || !TryNames(row["entity"], mentions, files, row["names"], out var entries, ref error)
            || !TryTypes(row["types"], type, entries, ref error))
        {
            return error;
        }

        return _corpus.Add(type, entries, Context ? new FirstMention(null, 0, 0, row["context"]) : null);
    }

    private string? AddFileRow(IReadOnlyList<string> cells)
    {
        var cellsOf = new RowCells(TableKinds.ColumnsOf(TableKind.File, Context), cells);
        if (!HasCells(cellsOf, out var error)
            || !TryType(cellsOf["type"], out var type, ref error)
            || !TryNumber(cellsOf, "mentions", out var mentions, ref error)
            || !TryNumber(cellsOf, "first_line", out var line, ref error)
            || !TryNumber(cellsOf, "first_start", out var start, ref error))
        {
            return error;
        }

        if (NameList.Parse(cellsOf["names"]) is not { } names || names.Any(n => n.Counts is not null))
        {
            return $"names is not a list of names (got '{cellsOf["names"]}')";
        }

        var entity = cellsOf["entity"];
        var row = new FileEntity(cellsOf["file"], type, NameKey.Of(entity), entity, mentions, line, start, names.Select(n => n.Name).ToList(), Context ? cellsOf["context"] : null);
        if (Output == TableKind.Corpus)
        {
            return _corpus.Add(row);
        }

        if (mentions > long.MaxValue - _fileMentions)
        {
            return $"a count too large to add up: more than {long.MaxValue} in all";
        }

        _fileMentions += mentions;
        var key = (row.File, type, row.Key);
        _files[key] = _files.TryGetValue(key, out var seen) ? Join(seen, row) : row;
        return null;
    }

    /// <summary>
    /// A pair row adds its pairs of names (its <c>names</c> cell, or the row itself when that is
    /// empty); an entity row (no <c>entity2</c>) adds its names to the corpus, as a corpus row does.
    /// </summary>
    private string? AddPairRow(IReadOnlyList<string> cells)
    {
        var row = new RowCells(PairColumns, cells);
        if (!HasCells(row, out var error)
            || !TryType(row["type1"], out var type1, ref error)
            || !TryNumber(row, PairColumns[4], out var sentences, ref error)
            || !TryNumber(row, "files", out var files, ref error))
        {
            return error;
        }

        if (row["type2"].Length == 0 && row["entity2"].Length == 0)
        {
            return TryNames(row["entity1"], sentences, files, row["names"], out var entries, ref error) && TryTypes(row["types"], type1, entries, ref error)
                ? _corpus.Add(type1, entries, null)
                : error;
        }

        if (!TryType(row["type2"], out var type2, ref error))
        {
            return error;
        }

        var names = row["names"].Length == 0 ? [(row["entity1"], row["entity2"], sentences, files)] : NameList.ParsePairs(row["names"]);
        if (names is null || names.Sum(n => (decimal)n.Sentences) != sentences || names.Sum(n => (decimal)n.Files) != files)
        {
            return $"names is not a list of pairs adding up to sentences and files (got '{row["names"]}')";
        }

        if (sentences > long.MaxValue - _pairSentences || files > long.MaxValue - _pairFiles)
        {
            return $"a count too large to add up: more than {long.MaxValue} in all";
        }

        (_pairSentences, _pairFiles) = (_pairSentences + sentences, _pairFiles + files);
        foreach (var (a, b, s, f) in names)
        {
            var keyA = (type1, NameKey.Of(a));
            var keyB = (type2, NameKey.Of(b));
            var ordered = keyA.Item1 != keyB.Item1 ? keyA.Item1.CompareTo(keyB.Item1) : string.CompareOrdinal(keyA.Item2, keyB.Item2);
            var key = ordered <= 0 ? (keyA.Item1, keyA.Item2, keyB.Item1, keyB.Item2) : (keyB.Item1, keyB.Item2, keyA.Item1, keyA.Item2);
            var sum = _pairs.GetValueOrDefault(key);
            _pairs[key] = (sum.Sentences + s, sum.Files + f);
        }

        return null;
    }

    /// <summary>The same file seen in two tables (given twice): counts add, the first position names it.</summary>
    private static FileEntity Join(FileEntity a, FileEntity b)
    {
        var first = (a.FirstLine, a.FirstStart).CompareTo((b.FirstLine, b.FirstStart)) <= 0 ? a : b;
        var aliases = a.Aliases.Union(b.Aliases, StringComparer.Ordinal).ToList();
        aliases.Sort(string.CompareOrdinal);
        return first with { Mentions = a.Mentions + b.Mentions, Aliases = aliases };
    }

    private static bool HasCells(RowCells row, out string? error)
    {
        error = row.IsComplete ? null : $"expected {row.ColumnCount} cells, found {row.Count}";
        return error is null;
    }

    private static bool TryType(string cell, out EntityType type, ref string? error)
    {
        if (EntityTypeNames.TryParseUserName(cell, out type) && cell == EntityTypeNames.ToLongName(type))
        {
            return true;
        }

        error = $"unknown entity type '{cell}'";
        return false;
    }

    /// <summary>A count: digits only, at most <see cref="long.MaxValue"/>; anything larger is refused, never wrapped.</summary>
    private static bool TryNumber(RowCells row, string column, out long value, ref string? error)
    {
        var cell = row[column];
        if (long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        error = cell.Length > 0 && cell.All(char.IsAsciiDigit)
            ? $"{column} is too large (got '{cell}'; a count holds at most {long.MaxValue})"
            : $"{column} is not a count (got '{cell}')";
        return false;
    }

    /// <summary>
    /// A corpus row's names: its <c>names</c> cell, or, when that is empty, the row itself as one
    /// name. Each counted name starts an entry; the names after it without counts are its aliases,
    /// but for acronyms, which go to the first name of the row they fit.
    /// </summary>
    private static bool TryNames(string entity, long mentions, long files, string cell, out List<NameEntry> entries, ref string? error)
    {
        entries = [];
        if (cell.Length == 0)
        {
            entries.Add(new NameEntry(entity, mentions, files, []));
            return true;
        }

        var names = NameList.Parse(cell);
        if (names is null || names.Count == 0 || names[0].Counts is null)
        {
            error = $"names is not a list of names with counts (got '{cell}')";
            return false;
        }

        List<string>? aliases = null;
        var acronyms = new List<string>();
        long sumMentions = 0, sumFiles = 0;
        foreach (var (name, counts) in names)
        {
            if (counts is { } n)
            {
                aliases = [];
                entries.Add(new NameEntry(name, n.Mentions, n.Files, aliases));
                sumMentions = n.Mentions > long.MaxValue - sumMentions ? -1 : sumMentions + n.Mentions;
                sumFiles = n.Files > long.MaxValue - sumFiles ? -1 : sumFiles + n.Files;
            }
            else if (AliasResolver.IsAcronym(name))
            {
                acronyms.Add(name);
            }
            else
            {
                aliases!.Add(name);
            }
        }

        if (sumMentions != mentions || sumFiles != files)
        {
            error = $"the counts in names do not add up to mentions and files (got '{cell}')";
            return false;
        }

        // An acronym stands once in the row, after all its names (CorpusNames.AppendNames): it goes
        // to the first name it fits, the one the joiner takes as the name a file defined it for
        // (one that fits none, "QC" after a barrister, is shown with the first name).
        foreach (var acronym in acronyms)
        {
            var letters = AliasResolver.Letters(acronym);
            var holder = entries.FindIndex(e => e.Display != acronym && AliasResolver.FitsName(letters, NameNode.WordsOf(CorpusNames.KeyOf(e.Display))));
            if (holder >= 0 || entries[0].Display != acronym)
            {
                var entry = entries[Math.Max(holder, 0)];
                entries[Math.Max(holder, 0)] = entry with { Aliases = [.. entry.Aliases, acronym] };
            }
        }

        return true;
    }

    /// <summary>
    /// Gives each name the <c>types</c> cell lists its mentions per type (<see cref="TypeCounts"/>);
    /// the others were all of the row's type. A form's counts must add up to its mentions, in types
    /// that share the row's key (a place's name may have been typed an organization, never a person).
    /// </summary>
    private static bool TryTypes(string cell, EntityType type, List<NameEntry> entries, ref string? error)
    {
        if (cell.Length == 0)
        {
            return true;
        }

        var types = TypeCounts.Parse(cell);
        var found = 0;
        for (var i = 0; types is not null && i < entries.Count; i++)
        {
            if (types.TryGetValue(entries[i].Display, out var counts))
            {
                var key = CorpusNames.KeyOf(entries[i].Display);
                if (counts.Sum(c => (decimal)c) != entries[i].Mentions
                    || counts.Where((c, t) => c > 0 && CorpusNames.SharedType((EntityType)t, key) != CorpusNames.SharedType(type, key)).Any())
                {
                    types = null;
                    break;
                }

                entries[i] = entries[i] with { Types = counts };
                found++;
            }
        }

        if (types is null || found != types.Count)
        {
            error = $"types is not a list of the row's names with their mentions per type (got '{cell}')";
            return false;
        }

        return true;
    }

    /// <summary>Writes the merged rows (not the header) in the order a single run writes them.</summary>
    public void Write(ITableWriter rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        switch (Output)
        {
            case TableKind.Corpus:
                CorpusTable.WriteSorted(rows, _corpus.Join(), Context);
                break;
            case TableKind.Pairs:
                WritePairs(rows);
                break;
            default:
                WriteFiles(rows);
                break;
        }

        rows.Flush();
    }

    /// <summary>Files in ordinal order of their name (the order a walk reads them), each file's rows in table order.</summary>
    private void WriteFiles(ITableWriter rows)
    {
        var ordered = _files.Values.ToList();
        ordered.Sort((a, b) =>
        {
            var byFile = string.CompareOrdinal(a.File, b.File);
            return byFile != 0 ? byFile : FileTable.TableOrder(a, b);
        });
        foreach (var row in ordered)
        {
            FileTable.WriteRow(rows, row, Context);
        }
    }

    /// <summary>With <see cref="TableKind.Pairs"/>: write the pairs alone, with Gephi's column names.</summary>
    public bool Gephi { get; init; }

    /// <summary>The pairs tables' columns: their count column is <c>sentences</c> or <c>articles</c>.</summary>
    public IReadOnlyList<string> PairColumns { get; init; } = TableColumns.Pairs;

    /// <summary>With <see cref="TableKind.Pairs"/>: write the entity rows after the pairs, as <c>--entity-rows</c> does.</summary>
    public bool EntityRows { get; init; }

    private void WritePairs(ITableWriter rows) => PairsTable.Write(rows, _corpus.Join(), _pairs, Gephi, EntityRows);
}
