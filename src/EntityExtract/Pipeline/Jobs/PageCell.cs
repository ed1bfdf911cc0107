using EntityExtract.Input.Documents;
using EntityExtract.Output;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>The <c>page</c> cell of a mention row: its PDF page, or empty for a file without pages.</summary>
internal static class PageCell
{
    public static void Write(ITableWriter rows, PageMap? pages, long offset)
    {
        if (pages is null)
        {
            rows.Text(string.Empty);
        }
        else
        {
            rows.Number(pages.PageAt(offset));
        }
    }
}
