using EntityExtract.Grouping;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Extraction;

/// <summary>
/// Sums per-file entity counts over a whole run: <c>type,entity,mentions,files</c>. Entities merge
/// on type and canonical key; the name shown is the one seen first in file order, so the table is
/// the same at any thread count.
/// </summary>
public sealed class CorpusTable
{
    public static readonly string[] Columns = ["type", "entity", "mentions", "files"];

    private readonly Dictionary<(EntityType, string), (string Display, int Mentions, int Files)> _totals = [];

    public int Count => _totals.Count;

    public void Add(IReadOnlyList<EntityCount> counts)
    {
        foreach (var count in counts)
        {
            _totals[(count.Type, count.Key)] = _totals.TryGetValue((count.Type, count.Key), out var total)
                ? (total.Display, total.Mentions + count.Mentions, total.Files + 1)
                : (count.Display, count.Mentions, 1);
        }
    }

    public void Write(ITableWriter rows)
    {
        var ordered = _totals.Select(t => (Type: t.Key.Item1, t.Value.Display, t.Value.Mentions, t.Value.Files)).ToList();
        ordered.Sort((a, b) => EntityCounter.TableOrder(a.Mentions, a.Type, a.Display, b.Mentions, b.Type, b.Display));
        foreach (var row in ordered)
        {
            rows.Text(EntityTypeNames.ToLongName(row.Type));
            rows.Text(row.Display);
            rows.Number(row.Mentions);
            rows.Number(row.Files);
            rows.EndRow();
        }

        rows.Flush();
    }
}
