using EntityExtract.Entities.Tables;
using EntityExtract.Output;

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

    /// <summary>With <see cref="TableKind.Pairs"/>: write the pairs alone, with Gephi's column names.</summary>
    public bool Gephi { get; init; }

    private void WritePairs(ITableWriter rows) => PairsTable.Write(rows, _corpus.Join(), _pairs, Gephi);
}
