using EntityExtract.Entities.Tables;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Entities.Merging;

public sealed partial class EntityTableMerger
{
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

    /// <summary>
    /// The names of the pairs joined again over all tables (each weighing the sentences it is in),
    /// then the pairs added up over the entities their names join into.
    /// </summary>
    private void WritePairs(ITableWriter rows)
    {
        var names = new CorpusNames();
        foreach (var ((type1, entity1, type2, entity2), counts) in _pairs)
        {
            names.Add(type1, [new NameEntry(entity1, counts.Sentences, 0, [])], null);
            names.Add(type2, [new NameEntry(entity2, counts.Sentences, 0, [])], null);
        }

        var byKey = new Dictionary<(EntityType, string), CorpusEntity>();
        foreach (var entity in names.Join())
        {
            foreach (var key in entity.Keys)
            {
                byKey[key] = entity;
            }
        }

        var sums = new Dictionary<(EntityType, string, EntityType, string), (long Sentences, long Files)>();
        foreach (var ((type1, entity1, type2, entity2), counts) in _pairs)
        {
            var a = byKey[(type1, NameKey.Of(entity1))];
            var b = byKey[(type2, NameKey.Of(entity2))];
            if (!ReferenceEquals(a, b))
            {
                var row = PairRow.Ordered(a.Type, a.Display, b.Type, b.Display, 0, 0);
                var pair = (row.Type1, row.Entity1, row.Type2, row.Entity2);
                var sum = sums.GetValueOrDefault(pair);
                sums[pair] = (sum.Sentences + counts.Sentences, sum.Files + counts.Files);
            }
        }

        PairsTable.WriteSorted(rows, sums.Select(s => new PairRow(s.Key.Item1, s.Key.Item2, s.Key.Item3, s.Key.Item4, s.Value.Sentences, s.Value.Files)).ToList());
    }
}
