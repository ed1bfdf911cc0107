using System.Text;
using EntityExtract.Entities.Joining;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// <c>--group pairs</c>: one row per pair of entities named in one sentence,
/// <c>type1,entity1,type2,entity2,sentences,files,names,types</c>, with the entities joined and named as
/// in the corpus table. Pairs are counted per document between its entities, then added up over
/// the entities the corpus joins them into; <c>names</c> lists those pairs of names when there is
/// more than one. Two names that files kept apart but the corpus joins make a row pairing the
/// entity with itself (its <c>names</c> say which): a shard may join names that the whole input
/// keeps apart, and without that row <c>merge</c> could not count their pair. With
/// <see cref="EntityRows"/> (<c>--entity-rows</c>), the pairs are followed by the table's entities,
/// one row each with <c>type2</c> and <c>entity2</c> empty, their mentions and files and the corpus
/// table's <c>names</c> and <c>types</c>: what <c>merge</c> needs to join names again. With
/// <see cref="ByArticle"/> the count column is <c>articles</c>: entities named in one article.
/// With <c>gephi</c> the pairs alone are written, headed <c>source_type,Source,target_type,Target,Weight,files</c>,
/// an edge list Gephi imports as it is.
/// </summary>
public sealed class PairsTable(bool gephi = false, UserAliases? user = null) : IEntityTable
{
    private readonly FileEntities _file = new(user);
    private readonly CorpusNames _names = new(user);
    private readonly Dictionary<(EntityType, string, EntityType, string), (long Sentences, long Files)> _pairs = [];

    public IReadOnlyList<string> Columns => gephi ? TableColumns.Gephi : ByArticle ? TableColumns.PairsByArticle : TableColumns.Pairs;

    /// <summary>Pairs counted per article (<see cref="PairUnit.Article"/>): the count column is <c>articles</c>.</summary>
    public bool ByArticle { get; init; }

    /// <summary>After the pairs, a row per entity: what <c>merge</c> needs to join the pairs of shards again.</summary>
    public bool EntityRows { get; init; }

    public long Rows { get; private set; }

    public void Add(in PieceEntities piece, ITableWriter output) => _file.Add(piece, AddFile);

    public void Finish(ITableWriter output)
    {
        _file.Finish(AddFile);
        Rows = Write(output, _names.Join(), _pairs, gephi, EntityRows);
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

    /// <summary>
    /// Writes the table from joined entities and the pairs of names counted; shared with
    /// <c>merge</c>, which must give the same bytes. Returns the rows written.
    /// </summary>
    internal static long Write(
        ITableWriter output,
        List<CorpusEntity> entities,
        IReadOnlyDictionary<(EntityType, string, EntityType, string), (long Sentences, long Files)> namePairs,
        bool gephi,
        bool entityRows)
    {
        var byKey = new Dictionary<(EntityType, string), (CorpusEntity Entity, string Display)>();
        foreach (var entity in entities)
        {
            foreach (var (type, key, display) in entity.Members)
            {
                byKey[(type, key)] = (entity, display);
            }
        }

        var pairs = new Dictionary<(EntityType, string, EntityType, string), PairSum>();
        foreach (var ((typeA, keyA, typeB, keyB), counts) in Shared(namePairs))
        {
            var a = byKey[(typeA, keyA)];
            var b = byKey[(typeB, keyB)];
            var self = ReferenceEquals(a.Entity, b.Entity);
            if (self && gephi)
            {
                continue; // an edge list has no loops
            }

            var row = PairRow.Ordered(a.Entity.Type, a.Entity.Display, b.Entity.Type, b.Entity.Display, 0, 0);
            if (self ? string.CompareOrdinal(a.Display, b.Display) > 0 : row.Entity1 != a.Entity.Display || row.Type1 != a.Entity.Type)
            {
                (a, b) = (b, a);
            }

            var key = (row.Type1, row.Entity1, row.Type2, row.Entity2);
            if (!pairs.TryGetValue(key, out var sum))
            {
                pairs[key] = sum = new PairSum();
            }

            sum.Sentences += counts.Sentences;
            sum.Files += counts.Files;
            sum.Names.Add((a.Display, b.Display, counts.Sentences, counts.Files));
        }

        var rows = pairs.Select(p => (Row: new PairRow(p.Key.Item1, p.Key.Item2, p.Key.Item3, p.Key.Item4, p.Value.Sentences, p.Value.Files), Sum: p.Value)).ToList();
        rows.Sort((x, y) => PairRow.TableOrder(x.Row, y.Row));
        foreach (var (row, sum) in rows)
        {
            output.Text(EntityTypeNames.ToLongName(row.Type1));
            output.Text(row.Entity1);
            output.Text(EntityTypeNames.ToLongName(row.Type2));
            output.Text(row.Entity2);
            output.Number(row.Sentences);
            output.Number(row.Files);
            if (!gephi)
            {
                output.Text(sum.Cell(row));
                output.Text("");
            }

            output.EndRow();
        }

        if (gephi || !entityRows)
        {
            return rows.Count;
        }

        entities.Sort((a, b) => EntityCounter.TableOrder(a.Mentions, a.Type, a.Display, b.Mentions, b.Type, b.Display));
        foreach (var entity in entities)
        {
            output.Text(EntityTypeNames.ToLongName(entity.Type));
            output.Text(entity.Display);
            output.Text("");
            output.Text("");
            output.Number(entity.Mentions);
            output.Number(entity.Files);
            output.Text(entity.Names);
            output.Text(entity.Types);
            output.EndRow();
        }

        return rows.Count + entities.Count;
    }

    /// <summary>
    /// The pairs of names keyed as the corpus keys names (<see cref="CorpusNames.SharedType"/>): a
    /// pair that files typed two ways is one pair of names, as <c>merge</c> reads it back.
    /// </summary>
    private static Dictionary<(EntityType, string, EntityType, string), (long Sentences, long Files)> Shared(
        IReadOnlyDictionary<(EntityType, string, EntityType, string), (long Sentences, long Files)> namePairs)
    {
        var shared = new Dictionary<(EntityType, string, EntityType, string), (long Sentences, long Files)>(namePairs.Count);
        foreach (var ((typeA, keyA, typeB, keyB), counts) in namePairs)
        {
            var a = (Type: CorpusNames.SharedType(typeA, keyA), Key: keyA);
            var b = (Type: CorpusNames.SharedType(typeB, keyB), Key: keyB);
            if (a.Type > b.Type || (a.Type == b.Type && string.CompareOrdinal(a.Key, b.Key) > 0))
            {
                (a, b) = (b, a);
            }

            var sum = shared.GetValueOrDefault((a.Type, a.Key, b.Type, b.Key));
            shared[(a.Type, a.Key, b.Type, b.Key)] = (sum.Sentences + counts.Sentences, sum.Files + counts.Files);
        }

        return shared;
    }

    private sealed class PairSum
    {
        public long Sentences { get; set; }

        public long Files { get; set; }

        public List<(string A, string B, long Sentences, long Files)> Names { get; } = [];

        /// <summary>Empty when the row is the one pair of names it shows; else every pair of names with its counts.</summary>
        public string Cell(PairRow row)
        {
            if (Names.Count == 1 && Names[0].A == row.Entity1 && Names[0].B == row.Entity2)
            {
                return "";
            }

            Names.Sort((x, y) =>
            {
                var order = string.CompareOrdinal(x.A, y.A);
                return order != 0 ? order : string.CompareOrdinal(x.B, y.B);
            });
            var cell = new StringBuilder();
            foreach (var (a, b, sentences, files) in Names)
            {
                NameList.AppendPair(cell, a, b, (sentences, files));
            }

            return cell.ToString();
        }
    }
}
