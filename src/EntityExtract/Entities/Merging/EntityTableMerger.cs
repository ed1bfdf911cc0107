using EntityExtract.Tagging;

namespace EntityExtract.Entities.Merging;

/// <summary>
/// Combines entity tables written by shards of one run into the table a single run would have
/// written. Entities match on type and <see cref="NameKey"/> of their name, as in the run itself.
/// Corpus tables sum mentions and files (a file is in exactly one shard, so it is counted once);
/// file tables keep each file's rows. File tables can also be merged into a corpus table, which is
/// exact even for the shown name: each row says which file it came from, so the name of the first
/// file wins, as in a single run. A corpus table does not say that, so where shards wrote the same
/// entity differently ("UNITED NATIONS", "United Nations") the ordinally smallest form is shown.
/// </summary>
public sealed partial class EntityTableMerger(TableKind output)
{
    private readonly Dictionary<(EntityType, string), CorpusTotal> _corpus = [];
    private readonly Dictionary<(string File, EntityType, string), FileEntry> _files = [];

    public TableKind Output { get; } = output;

    /// <summary>Adds one row of a table of <paramref name="kind"/>; returns a reason when the row cannot be read.</summary>
    public string? Add(TableKind kind, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (kind == TableKind.Corpus && Output == TableKind.File)
        {
            throw new InvalidOperationException("a corpus table cannot be merged into a file table");
        }

        return kind == TableKind.Corpus ? AddCorpusRow(cells) : AddFileRow(cells);
    }

    private string? AddCorpusRow(IReadOnlyList<string> cells)
    {
        if (!TryRead(cells, 0, out var type, out var entity, out var error)
            || !TryNumber(cells, 2, "mentions", out var mentions, ref error)
            || !TryNumber(cells, 3, "files", out var files, ref error))
        {
            return error;
        }

        var key = (type, NameKey.Of(entity));
        _corpus[key] = _corpus.TryGetValue(key, out var total)
            ? new CorpusTotal(
                string.CompareOrdinal(entity, total.Display) < 0 ? entity : total.Display,
                null,
                total.Mentions + (int)mentions,
                total.Files + (int)files)
            : new CorpusTotal(entity, null, (int)mentions, (int)files);
        return null;
    }

    private string? AddFileRow(IReadOnlyList<string> cells)
    {
        if (!TryRead(cells, 1, out var type, out var entity, out var error)
            || !TryNumber(cells, 3, "mentions", out var mentions, ref error)
            || !TryNumber(cells, 4, "first_line", out var line, ref error)
            || !TryNumber(cells, 5, "first_start", out var start, ref error))
        {
            return error;
        }

        var row = new FileEntry(entity, (int)mentions, (int)line, start);
        var file = cells[0];
        if (Output == TableKind.Corpus)
        {
            AddToCorpus(file, type, row);
            return null;
        }

        var key = (file, type, NameKey.Of(entity));
        _files[key] = _files.TryGetValue(key, out var seen) ? seen.Join(row) : row;
        return null;
    }

    /// <summary>A file table row counted into a corpus total: the first file (ordinally) names the entity.</summary>
    private void AddToCorpus(string file, EntityType type, FileEntry row)
    {
        var key = (type, NameKey.Of(row.Display));
        if (!_corpus.TryGetValue(key, out var total))
        {
            _corpus[key] = new CorpusTotal(row.Display, file, row.Mentions, 1);
            return;
        }

        var earlier = string.CompareOrdinal(file, total.NamingFile) < 0;
        _corpus[key] = new CorpusTotal(
            earlier ? row.Display : total.Display,
            earlier ? file : total.NamingFile,
            total.Mentions + row.Mentions,
            total.Files + 1);
    }
}
