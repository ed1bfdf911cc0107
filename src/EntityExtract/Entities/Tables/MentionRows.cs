using EntityExtract.Entities.Joining;
using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Characters;
using EntityExtract.Text.Positions;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// The <c>extract</c> table's rows, one per resolved mention, in the columns of
/// <see cref="TableColumns.MentionsOf"/>: <c>file,line,column,start,end,type,text,score,canonical</c>
/// and, with context, <c>context</c>; a run that reads a PDF adds <c>page</c>.
/// </summary>
public static class MentionRows
{
    /// <param name="context">Characters of context either side of each mention; 0 leaves the column out.</param>
    /// <param name="pageColumn">Whether the table has the last column <c>page</c> (a run that reads a PDF).</param>
    /// <param name="pages">Where the PDF's pages start in <paramref name="text"/>'s file; null for a file without pages (an empty cell).</param>
    /// <param name="rows">
    /// The table's writer. A spool's (<see cref="ISplicingWriter"/>, for <see cref="MentionEntityTable"/>,
    /// which writes the rows at the end of the run) gets a gap where <c>canonical</c> goes, named by
    /// the entity's type and key, for the table to fill with the file's name for the entity and the
    /// corpus row it is counted in.
    /// </param>
    public static void Write(string displayPath, string text, TextOrigin origin, ReadOnlySpan<ResolvedMention> mentions, int context, bool pageColumn, PageMap? pages, ITableWriter rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var spool = rows as ISplicingWriter;
        var cursor = new TextPositionCursor(origin);
        foreach (var (mention, entity, _) in mentions)
        {
            var surface = text.AsSpan(mention.Start, mention.End - mention.Start);
            var start = cursor.MoveTo(text, mention.Start);
            rows.Text(displayPath);
            rows.Number(start.Line);
            rows.Number(start.Column);
            rows.Number(start.Offset);
            rows.Number(start.Offset + CodePoints.Count(surface));
            rows.Text(EntityTypeNames.ToLongName(mention.Type));
            rows.Text(surface);
            rows.Score(mention.Score);
            if (spool is not null)
            {
                spool.Splice((int)entity.Type, entity.Key);
            }
            else
            {
                rows.Text(entity.Display);
            }

            if (context > 0)
            {
                rows.Text(ContextSnippet.Of(text, mention.Start, mention.End, context));
            }

            if (pageColumn)
            {
                if (pages is null)
                {
                    rows.Text(string.Empty);
                }
                else
                {
                    rows.Number(pages.PageAt(start.Offset));
                }
            }

            rows.EndRow();
        }
    }
}
