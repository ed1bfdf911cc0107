using EntityExtract.Entities.Joining;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// <c>--group corpus</c>: one row per entity over a whole run, <c>type,entity,mentions,files,names,types</c>
/// (and <c>context</c>). Each file's entities are gathered as <see cref="CorpusNames"/>; at the end
/// they are joined across files (<see cref="Joining.NameJoiner"/>) and named by a rule that does not
/// depend on file order, so the table is the same at any thread count and equals <c>merge</c> of
/// shards' tables.
/// </summary>
public sealed class CorpusTable(bool context = false, UserAliases? user = null) : IEntityTable
{
    private readonly FileEntities _file = new(user);
    private readonly CorpusNames _names = new(user);

    public IReadOnlyList<string> Columns { get; } = TableColumns.CorpusOf(context);

    public long Rows { get; private set; }

    public void Add(in PieceEntities piece, ITableWriter output) => _file.Add(piece, AddFile);

    public void Finish(ITableWriter output)
    {
        _file.Finish(AddFile);
        Rows = WriteSorted(output, _names.Join(), context);
        output.Flush();
    }

    private void AddFile(FileEntities file)
    {
        foreach (var entity in file.Entities())
        {
            _names.Add(entity);
        }
    }

    /// <summary>Writes corpus rows in table order; shared with <c>merge</c>, which must give the same bytes.</summary>
    internal static long WriteSorted(ITableWriter rows, List<CorpusEntity> entities, bool context)
    {
        entities.Sort((a, b) => EntityCounter.TableOrder(a.Mentions, a.Type, a.Display, b.Mentions, b.Type, b.Display));
        foreach (var row in entities)
        {
            rows.Text(EntityTypeNames.ToLongName(row.Type));
            rows.Text(row.Display);
            rows.Number(row.Mentions);
            rows.Number(row.Files);
            rows.Text(row.Names);
            rows.Text(row.Types);
            if (context)
            {
                rows.Text(row.Context ?? "");
            }

            rows.EndRow();
        }

        return entities.Count;
    }
}
