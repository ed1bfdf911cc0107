using System.Text;
using EntityExtract.Entities.Joining;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// <c>extract --entity</c>: the mention rows with the corpus-table row each mention is counted in
/// (<c>entity_type</c>, <c>entity</c>), exactly as <c>--group corpus</c> counts it. That row is known
/// only once every file is read, so the run is two passes with memory bounded by the corpus
/// table's: pass 1 keeps the rows in a temporary spool (<see cref="IRowSpool"/>: a text table's
/// rows already encoded by the workers, less the gap where <c>canonical</c> and the entity go) and
/// gathers the names as <see cref="CorpusTable"/> does, with, per file, the name each of its
/// entities is counted under; pass 2 joins the names and replays the spool, filling each gap.
/// A mention's <c>canonical</c> is then the file's name for its entity (the <c>--group file</c>
/// row), which in a file cut into pieces can be fuller than a piece's.
/// </summary>
public sealed class MentionEntityTable(bool context = false, UserAliases? user = null, bool pages = false) : ISpoolingTable, IDisposable
{
    private readonly FileEntities _file = new(user);
    private readonly CorpusNames _names = new(user);
    private readonly FileStream _fileNames = RowSpool.CreateTemporary();
    private IRowSpool? _rows;
    private BinaryWriter? _fileNamesWriter;
    private object? _openFile;

    public IReadOnlyList<string> Columns { get; } = TableColumns.MentionsOf(context, entity: true, pages);

    /// <summary>None of its own: the mention rows are counted as their pieces are.</summary>
    public long Rows => 0;

    /// <summary>The gap is <c>canonical</c> and the entity cells after it.</summary>
    public IRowSpool OpenSpool(ITableSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        return _rows = sink.CreateSpool(TableColumns.Mentions.Length - 1, 1 + TableColumns.EntityCells.Length);
    }

    public void Add(in PieceEntities piece, ITableWriter output)
    {
        var rows = _rows ?? throw new InvalidOperationException("the spool is opened before the first piece");

        // A mark before each file's rows, where pass 2 reads that file's names.
        if (_openFile is null || !ReferenceEquals(piece.File, _openFile))
        {
            rows.Mark();
        }

        _openFile = piece.IsLastPiece ? null : piece.File;
        if (piece.Rows is { } block)
        {
            rows.Add(block);
        }

        _file.Add(piece, AddFile);
    }

    public void Finish(ITableWriter output)
    {
        _file.Finish(AddFile);
        _fileNamesWriter?.Flush();
        var rows = _names.RowsByName();
        _fileNames.Position = 0;
        using var names = new BinaryReader(_fileNames, Encoding.UTF8, leaveOpen: true);
        _rows?.Replay(new FileNames(rows, names));
        Dispose();
    }

    public void Dispose()
    {
        _fileNamesWriter?.Dispose();
        _fileNames.Dispose();
    }

    /// <summary>A file is complete: its entities join the corpus, and its names are kept for pass 2.</summary>
    private void AddFile(FileEntities file)
    {
        var writer = _fileNamesWriter ??= new BinaryWriter(_fileNames, Encoding.UTF8, leaveOpen: true);
        var entities = file.Entities();
        var joined = file.Joined().ToList();
        writer.Write(entities.Count);
        foreach (var entity in entities)
        {
            _names.Add(entity, out var name);
            writer.Write((byte)entity.Type);
            RowSpool.WriteString(writer, entity.Key);
            RowSpool.WriteString(writer, entity.Display);
            writer.Write(name);
        }

        writer.Write(joined.Count);
        foreach (var (from, into) in joined)
        {
            writer.Write((byte)from.Type);
            RowSpool.WriteString(writer, from.Key);
            writer.Write((byte)into.Type);
            RowSpool.WriteString(writer, into.Key);
        }
    }

    /// <summary>
    /// Each file's entities as pass 1 kept them, read as its rows come back: the name and corpus row
    /// of each, and which pieces' entities joined which; they fill the rows' gaps.
    /// </summary>
    /// <param name="rows">The corpus rows by the number of each name counted in them (<see cref="CorpusNames.RowsByName"/>).</param>
    private sealed class FileNames(CorpusEntity[] rows, BinaryReader reader) : ISpliceFill
    {
        // Keyed by type, then key: a gap's key is looked up as the span the spool read.
        private readonly ByType<(string Display, CorpusEntity Row)> _display = new();
        private readonly ByType<(EntityType Type, string Key)> _joined = new();

        public void NextGroup()
        {
            _display.Clear();
            _joined.Clear();
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var type = (EntityType)reader.ReadByte();
                var key = RowSpool.ReadString(reader);
                var display = RowSpool.ReadString(reader);
                _display.Of(type)[key] = (display, rows[reader.ReadInt32()]);
            }

            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var from = (EntityType)reader.ReadByte();
                var key = RowSpool.ReadString(reader);
                _joined.Of(from)[key] = ((EntityType)reader.ReadByte(), RowSpool.ReadString(reader));
            }
        }

        /// <summary>A piece's entity: the file's name for it (<c>canonical</c>), and the corpus row it is counted in.</summary>
        public void Fill(int kind, ReadOnlySpan<char> key, ITableWriter cells)
        {
            var type = (EntityType)kind;
            var (display, row) = _joined.Of(type).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var into)
                ? _display.Of(into.Type)[into.Key]
                : _display.Of(type).GetAlternateLookup<ReadOnlySpan<char>>()[key];
            cells.Text(display);
            cells.Text(EntityTypeNames.ToLongName(row.Type));
            cells.Text(row.Display);
        }
    }

    /// <summary>A map from key to value for each entity type.</summary>
    private sealed class ByType<T>
    {
        private readonly Dictionary<string, T>[] _maps = [.. Enumerable.Range(0, EntityTypes.Count).Select(_ => new Dictionary<string, T>(StringComparer.Ordinal))];

        public Dictionary<string, T> Of(EntityType type) => _maps[(int)type];

        public void Clear()
        {
            foreach (var map in _maps)
            {
                map.Clear();
            }
        }
    }
}
