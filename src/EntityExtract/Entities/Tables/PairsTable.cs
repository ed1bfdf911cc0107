using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// <c>--group pairs</c>: one row per pair of entities named in one sentence,
/// <c>type1,entity1,type2,entity2,sentences,files</c>, with the entities joined and named as in the
/// corpus table. Pairs are counted per document between its entities, then added up over the
/// entities the corpus joins them into (a pair of two names the corpus joins is dropped).
/// With <c>gephi</c> the header reads <c>source_type,Source,target_type,Target,Weight,files</c>,
/// an edge list Gephi imports as it is.
/// </summary>
public sealed class PairsTable(bool gephi = false) : IEntityTable
{
    public static readonly string[] PairColumns = ["type1", "entity1", "type2", "entity2", "sentences", "files"];
    public static readonly string[] GephiColumns = ["source_type", "Source", "target_type", "Target", "Weight", "files"];

    private readonly FileEntities _file = new();
    private readonly CorpusNames _names = new();
    private readonly Dictionary<(EntityType, string, EntityType, string), (long Sentences, long Files)> _pairs = [];

    public IReadOnlyList<string> Columns => gephi ? GephiColumns : PairColumns;

    public long Rows { get; private set; }

    public void Add(in PieceEntities piece, ITableWriter output) => _file.Add(piece, AddFile);

    public void Finish(ITableWriter output)
    {
        _file.Finish(AddFile);
        var entities = _names.Join();
        var byKey = new Dictionary<(EntityType, string), CorpusEntity>();
        foreach (var entity in entities)
        {
            foreach (var key in entity.Keys)
            {
                byKey[key] = entity;
            }
        }

        var rows = new Dictionary<(EntityType, string, EntityType, string), (long Sentences, long Files)>();
        foreach (var ((typeA, keyA, typeB, keyB), counts) in _pairs)
        {
            var a = byKey[(typeA, keyA)];
            var b = byKey[(typeB, keyB)];
            if (!ReferenceEquals(a, b))
            {
                var row = PairRow.Ordered(a.Type, a.Display, b.Type, b.Display, 0, 0);
                var pair = (row.Type1, row.Entity1, row.Type2, row.Entity2);
                var sum = rows.GetValueOrDefault(pair);
                rows[pair] = (sum.Sentences + counts.Sentences, sum.Files + counts.Files);
            }
        }

        Rows = WriteSorted(output, rows.Select(r => new PairRow(r.Key.Item1, r.Key.Item2, r.Key.Item3, r.Key.Item4, r.Value.Sentences, r.Value.Files)).ToList());
        output.Flush();
    }

    private void AddFile(FileEntities file)
    {
        foreach (var entity in file.Entities())
        {
            _names.Add(entity);
        }

        foreach (var (pair, sentences) in file.Pairs)
        {
            var sum = _pairs.GetValueOrDefault(pair);
            _pairs[pair] = (sum.Sentences + sentences, sum.Files + 1);
        }
    }

    /// <summary>Writes pair rows in table order; shared with <c>merge</c>, which must give the same bytes.</summary>
    internal static long WriteSorted(ITableWriter output, List<PairRow> rows)
    {
        rows.Sort(PairRow.TableOrder);
        foreach (var row in rows)
        {
            output.Text(EntityTypeNames.ToLongName(row.Type1));
            output.Text(row.Entity1);
            output.Text(EntityTypeNames.ToLongName(row.Type2));
            output.Text(row.Entity2);
            output.Number(row.Sentences);
            output.Number(row.Files);
            output.EndRow();
        }

        return rows.Count;
    }
}
