using EntityExtract.Entities.Tables;
using EntityExtract.Tagging;

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
public sealed partial class EntityTableMerger(TableKind output, bool context = false)
{
    private readonly CorpusNames _corpus = new();
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
        if (!HasCells(cells, TableKinds.ColumnsOf(TableKind.Corpus, Context).Count, out var error)
            || !TryType(cells[0], out var type, ref error)
            || !TryNumber(cells, 2, "mentions", out var mentions, ref error)
            || !TryNumber(cells, 3, "files", out var files, ref error)
            || !TryNames(cells[1], mentions, files, cells[4], out var entries, ref error))
        {
            return error;
        }

        return _corpus.Add(type, entries, Context ? new FirstMention(null, 0, 0, cells[5]) : null);
    }

    private string? AddFileRow(IReadOnlyList<string> cells)
    {
        if (!HasCells(cells, TableKinds.ColumnsOf(TableKind.File, Context).Count, out var error)
            || !TryType(cells[1], out var type, ref error)
            || !TryNumber(cells, 3, "mentions", out var mentions, ref error)
            || !TryNumber(cells, 4, "first_line", out var line, ref error)
            || !TryNumber(cells, 5, "first_start", out var start, ref error))
        {
            return error;
        }

        if (NameList.Parse(cells[6]) is not { } names || names.Any(n => n.Counts is not null))
        {
            return $"names is not a list of names (got '{cells[6]}')";
        }

        var row = new FileEntity(cells[0], type, NameKey.Of(cells[2]), cells[2], mentions, line, start, names.Select(n => n.Name).ToList(), Context ? cells[7] : null);
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
        if (!HasCells(cells, PairsTable.PairColumns.Length, out var error)
            || !TryType(cells[0], out var type1, ref error)
            || !TryNumber(cells, 4, "sentences", out var sentences, ref error)
            || !TryNumber(cells, 5, "files", out var files, ref error))
        {
            return error;
        }

        if (cells[2].Length == 0 && cells[3].Length == 0)
        {
            return TryNames(cells[1], sentences, files, cells[6], out var entries, ref error) ? _corpus.Add(type1, entries, null) : error;
        }

        if (!TryType(cells[2], out var type2, ref error))
        {
            return error;
        }

        var names = cells[6].Length == 0 ? [(cells[1], cells[3], sentences, files)] : NameList.ParsePairs(cells[6]);
        if (names is null || names.Sum(n => (decimal)n.Sentences) != sentences || names.Sum(n => (decimal)n.Files) != files)
        {
            return $"names is not a list of pairs adding up to sentences and files (got '{cells[6]}')";
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
}
