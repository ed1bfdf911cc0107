using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// <c>--group file</c>: one row per entity per file, <c>file,type,entity,mentions,first_line,first_start</c>,
/// written when the file's last chunk has been counted.
/// </summary>
public sealed class FileTable : IEntityTable
{
    public static readonly string[] FileColumns = ["file", "type", "entity", "mentions", "first_line", "first_start"];

    private readonly Dictionary<(EntityType, string), EntityCount> _counts = [];
    private object? _file;
    private string _displayPath = "";

    public IReadOnlyList<string> Columns => FileColumns;

    public void Add(in PieceEntities piece, ITableWriter output)
    {
        if (_file is not null && !ReferenceEquals(piece.File, _file))
        {
            Write(output); // a file that failed after some chunks keeps the rows it earned
        }

        _file = piece.File;
        _displayPath = piece.DisplayPath;
        foreach (var count in piece.Entities)
        {
            // The first chunk to name an entity keeps its display name and first position.
            _counts[(count.Type, count.Key)] = _counts.TryGetValue((count.Type, count.Key), out var seen)
                ? seen with { Mentions = seen.Mentions + count.Mentions }
                : count;
        }

        if (piece.IsLastPiece)
        {
            Write(output);
        }
    }

    public void Finish(ITableWriter output)
    {
        if (_file is not null)
        {
            Write(output);
        }
    }

    private void Write(ITableWriter output)
    {
        var rows = _counts.Values.ToList();
        rows.Sort(EntityCounter.TableOrder);
        foreach (var row in rows)
        {
            WriteRow(output, _displayPath, row.Type, row.Display, row.Mentions, row.FirstLine, row.FirstStart);
        }

        _counts.Clear();
        _file = null;
    }

    /// <summary>One row of the table; shared with <c>merge</c>, which must give the same bytes.</summary>
    internal static void WriteRow(ITableWriter output, string file, EntityType type, string entity, int mentions, long firstLine, long firstStart)
    {
        output.Text(file);
        output.Text(EntityTypeNames.ToLongName(type));
        output.Text(entity);
        output.Number(mentions);
        output.Number(firstLine);
        output.Number(firstStart);
        output.EndRow();
    }
}
