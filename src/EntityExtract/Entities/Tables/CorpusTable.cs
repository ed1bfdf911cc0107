using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// Sums per-file entity counts over a whole run: <c>type,entity,mentions,files</c>. Entities merge
/// on type and canonical key; the name shown is the one seen first in file order, so the table is
/// the same at any thread count.
/// </summary>
public sealed class CorpusTable : IEntityTable
{
    public static readonly string[] CorpusColumns = ["type", "entity", "mentions", "files"];

    private readonly Dictionary<(EntityType, string), (string Display, int Mentions, int Files)> _totals = [];
    private readonly HashSet<(EntityType, string)> _seenInFile = [];

    public int Count => _totals.Count;

    private object? _file;

    public IReadOnlyList<string> Columns => CorpusColumns;

    public void Add(in PieceEntities piece, ITableWriter output)
    {
        if (!ReferenceEquals(piece.File, _file))
        {
            _seenInFile.Clear(); // also after a file that failed before its last chunk
            _file = piece.File;
        }

        // A file counts once however many chunks name the entity.
        foreach (var count in piece.Entities)
        {
            var key = (count.Type, count.Key);
            var firstInFile = _seenInFile.Add(key);
            _totals[key] = _totals.TryGetValue(key, out var total)
                ? (total.Display, total.Mentions + count.Mentions, total.Files + (firstInFile ? 1 : 0))
                : (count.Display, count.Mentions, 1);
        }
    }

    public void Finish(ITableWriter rows)
    {
        WriteSorted(rows, _totals.Select(t => (t.Key.Item1, t.Value.Display, t.Value.Mentions, t.Value.Files)));
        rows.Flush();
    }

    /// <summary>Writes corpus rows in table order; shared with <c>merge</c>, which must give the same bytes.</summary>
    internal static void WriteSorted(ITableWriter rows, IEnumerable<(EntityType Type, string Display, int Mentions, int Files)> totals)
    {
        var ordered = totals.ToList();
        ordered.Sort((a, b) => EntityCounter.TableOrder(a.Mentions, a.Type, a.Display, b.Mentions, b.Type, b.Display));
        foreach (var row in ordered)
        {
            rows.Text(EntityTypeNames.ToLongName(row.Type));
            rows.Text(row.Display);
            rows.Number(row.Mentions);
            rows.Number(row.Files);
            rows.EndRow();
        }
    }
}
