using EntityExtract.Grouping;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Extraction;

/// <summary><c>--group file</c>: one row per entity per file, <c>file,type,entity,mentions,first_line,first_start</c>.</summary>
public sealed class FileTableJob(EntityTagger tagger, ExtractOptions options) : IDocumentJob
{
    public static readonly string[] Columns = ["file", "type", "entity", "mentions", "first_line", "first_start"];

    private readonly ResolvedDocument _document = new(tagger, options);

    public DocumentStats Process(string displayPath, string text, ITableWriter rows)
    {
        _document.Analyze(text);
        var counts = EntityCounter.Count(text, _document.Mentions, _document.Entities);
        foreach (var count in counts)
        {
            rows.Text(displayPath);
            rows.Text(EntityTypeNames.ToLongName(count.Type));
            rows.Text(count.Display);
            rows.Number(count.Mentions);
            rows.Number(count.FirstLine);
            rows.Number(count.FirstStart);
            rows.EndRow();
        }

        return new DocumentStats(_document.TokenCount, counts.Count);
    }
}
