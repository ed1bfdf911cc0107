using EntityExtract.Entities.Joining;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// <c>--group file</c>: one row per entity per file,
/// <c>file,type,entity,mentions,first_line,first_start,names</c> (and <c>context</c>), written when
/// the file's last piece has been counted. <c>names</c> lists the other names the file joined into
/// the entity (<see cref="NameList"/>).
/// </summary>
public sealed class FileTable(bool context = false, UserAliases? user = null) : IEntityTable
{
    private readonly FileEntities _file = new(user);
    private ITableWriter? _output;

    public IReadOnlyList<string> Columns { get; } = TableColumns.FileOf(context);

    public long Rows { get; private set; }

    public void Add(in PieceEntities piece, ITableWriter output)
    {
        _output = output;
        _file.Add(piece, Write);
    }

    public void Finish(ITableWriter output)
    {
        _output = output;
        _file.Finish(Write);
    }

    private void Write(FileEntities file)
    {
        var rows = file.Entities().ToList();
        rows.Sort(TableOrder);
        foreach (var row in rows)
        {
            WriteRow(_output!, row, context);
            Rows++;
        }
    }

    /// <summary>Mentions descending, then type, then entity name (ordinal).</summary>
    internal static int TableOrder(FileEntity a, FileEntity b) =>
        EntityCounter.TableOrder(a.Mentions, a.Type, a.Display, b.Mentions, b.Type, b.Display);

    /// <summary>One row of the table; shared with <c>merge</c>, which must give the same bytes.</summary>
    internal static void WriteRow(ITableWriter output, FileEntity row, bool context)
    {
        output.Text(row.File);
        output.Text(EntityTypeNames.ToLongName(row.Type));
        output.Text(row.Display);
        output.Number(row.Mentions);
        output.Number(row.FirstLine);
        output.Number(row.FirstStart);
        output.Text(NameList.Of(row.Aliases));
        if (context)
        {
            output.Text(row.Context ?? "");
        }

        output.EndRow();
    }
}
