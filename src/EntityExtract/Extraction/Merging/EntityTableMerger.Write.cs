using EntityExtract.Grouping;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Extraction.Merging;

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

    private void WriteCorpus(ITableWriter rows)
    {
        var ordered = _corpus.Select(t => (Type: t.Key.Item1, t.Value.Display, t.Value.Mentions, t.Value.Files)).ToList();
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
            rows.Text(file);
            rows.Text(EntityTypeNames.ToLongName(type));
            rows.Text(entry.Display);
            rows.Number(entry.Mentions);
            rows.Number(entry.FirstLine);
            rows.Number(entry.FirstStart);
            rows.EndRow();
        }
    }
}
