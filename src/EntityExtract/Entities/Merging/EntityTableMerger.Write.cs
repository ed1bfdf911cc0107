using EntityExtract.Entities.Tables;
using EntityExtract.Output;

namespace EntityExtract.Entities.Merging;

public sealed partial class EntityTableMerger
{
    /// <summary>Writes the merged rows (not the header) in the order a single run writes them.</summary>
    public void Write(ITableWriter rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Output == TableKind.Corpus)
        {
            WriteCorpus(rows);
        }
        else
        {
            WriteFiles(rows);
        }

        rows.Flush();
    }

    private void WriteCorpus(ITableWriter rows) =>
        CorpusTable.WriteSorted(rows, _corpus.Select(t => (t.Key.Item1, t.Value.Display, t.Value.Mentions, t.Value.Files)));

    /// <summary>Files in ordinal order of their name (the order a walk reads them), each file's rows in table order.</summary>
    private void WriteFiles(ITableWriter rows)
    {
        var ordered = _files.Select(f => (f.Key.File, Type: f.Key.Item2, Entry: f.Value)).ToList();
        ordered.Sort((a, b) =>
        {
            var byFile = string.CompareOrdinal(a.File, b.File);
            return byFile != 0 ? byFile
                : EntityCounter.TableOrder(a.Entry.Mentions, a.Type, a.Entry.Display, b.Entry.Mentions, b.Type, b.Entry.Display);
        });
        foreach (var (file, type, entry) in ordered)
        {
            FileTable.WriteRow(rows, file, type, entry.Display, entry.Mentions, entry.FirstLine, entry.FirstStart);
        }
    }
}
