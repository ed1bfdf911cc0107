using System.Text;
using EntityExtract.Entities.Joining;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// <c>extract --entity</c>: the mention rows with the corpus-table row each mention is counted in
/// (<c>entity_type</c>, <c>entity</c>), exactly as <c>--group corpus</c> counts it. That row is known
/// only once every file is read, so the run is two passes with memory bounded by the corpus
/// table's: pass 1 keeps the rows in a temporary spool (cells, not text) and gathers the names as
/// <see cref="CorpusTable"/> does, with, per file, the name each of its entities is counted under;
/// pass 2 joins the names and writes the spooled rows with their entity cells. A mention's
/// <c>canonical</c> is then the file's name for its entity (the <c>--group file</c> row), which
/// in a file cut into pieces can be fuller than a piece's.
/// </summary>
public sealed class MentionEntityTable(bool context = false, UserAliases? user = null, bool pages = false) : IEntityTable, IDisposable
{
    /// <summary>Where the spooled row holds the entity's type and key (and, written, <c>canonical</c>).</summary>
    private const int CanonicalCell = 8;

    private readonly FileEntities _file = new(user);
    private readonly CorpusNames _names = new(user);
    private readonly FileStream _rows = RowSpool.CreateTemporary();
    private readonly FileStream _fileNames = RowSpool.CreateTemporary();
    private BinaryWriter? _fileNamesWriter;
    private object? _openFile;

    public IReadOnlyList<string> Columns { get; } = TableColumns.MentionsOf(context, entity: true, pages);

    /// <summary>None of its own: the mention rows are counted as their pieces are.</summary>
    public long Rows => 0;

    public void Add(in PieceEntities piece, ITableWriter output)
    {
        // A mark before each file's rows, where pass 2 reads that file's names.
        if (_openFile is null || !ReferenceEquals(piece.File, _openFile))
        {
            RowSpool.WriteMark(_rows);
        }

        _openFile = piece.IsLastPiece ? null : piece.File;
        _rows.Write(piece.Rows.Span);
        _file.Add(piece, AddFile);
    }

    public void Finish(ITableWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _file.Finish(AddFile);
        _fileNamesWriter?.Flush();
        var rowOf = new Dictionary<(EntityType, string), CorpusEntity>();
        foreach (var entity in _names.Join())
        {
            foreach (var (type, key, _) in entity.Members)
            {
                rowOf[(type, key)] = entity;
            }
        }

        _rows.Position = 0;
        _fileNames.Position = 0;
        using var names = new BinaryReader(_fileNames, Encoding.UTF8, leaveOpen: true);
        using var rows = new RowSpoolReader(_rows);
        var cells = new List<SpooledCell>();
        var file = new FileNames(rowOf);
        while (rows.Next(cells, out var mark))
        {
            if (mark)
            {
                file.Read(names);
                continue;
            }

            var (display, row) = file.NameOf((EntityType)cells[CanonicalCell].Number, cells[CanonicalCell + 1].Text!);
            for (var i = 0; i < CanonicalCell; i++)
            {
                cells[i].WriteTo(output);
            }

            output.Text(display);
            output.Text(EntityTypeNames.ToLongName(row.Type));
            output.Text(row.Display);
            for (var i = CanonicalCell + 2; i < cells.Count; i++)
            {
                cells[i].WriteTo(output);
            }

            output.EndRow();
        }

        output.Flush();
        Dispose();
    }

    public void Dispose()
    {
        _fileNamesWriter?.Dispose();
        _rows.Dispose();
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
            _names.Add(entity);
            writer.Write((byte)entity.Type);
            RowSpool.WriteString(writer, entity.Key);
            RowSpool.WriteString(writer, entity.Display);
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

    /// <summary>One file's entities as pass 1 kept them: the name and corpus row of each, and which pieces' entities joined which.</summary>
    private sealed class FileNames(Dictionary<(EntityType, string), CorpusEntity> rowOf)
    {
        private readonly Dictionary<(EntityType, string), (string Display, CorpusEntity Row)> _display = [];
        private readonly Dictionary<(EntityType, string), (EntityType, string)> _joined = [];

        public void Read(BinaryReader reader)
        {
            _display.Clear();
            _joined.Clear();
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var type = (EntityType)reader.ReadByte();
                var key = RowSpool.ReadString(reader);
                var display = RowSpool.ReadString(reader);
                _display[(type, key)] = (display, rowOf[(CorpusNames.SharedType(type), CorpusNames.KeyOf(display))]);
            }

            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var from = ((EntityType)reader.ReadByte(), RowSpool.ReadString(reader));
                _joined[from] = ((EntityType)reader.ReadByte(), RowSpool.ReadString(reader));
            }
        }

        /// <summary>The file's name for a piece's entity, and the corpus row it is counted in.</summary>
        public (string Display, CorpusEntity Row) NameOf(EntityType type, string key) =>
            _display[_joined.GetValueOrDefault((type, key), (type, key))];
    }
}
