using EntityExtract.Output;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// Tells a table this run would write (an earlier run's <c>-o</c> file left in an input folder)
/// from a document: the file starts as the run's own output does, with its byte order mark and
/// header, the first key of a JSON Lines row, or a workbook's zip signature. Only such a file is
/// passed over by the walk; any other input that <c>-o</c> names is refused, never replaced.
/// </summary>
internal static class EarlierOutput
{
    public static bool Is(string path, IReadOnlyList<string> columns, TableWriterOptions table)
    {
        byte[] expected;
        using (var head = new MemoryStream())
        {
            if (table.Format == OutputFormat.Xlsx)
            {
                head.Write("PK\u0003\u0004"u8);
            }
            else if (table.Format == OutputFormat.Jsonl)
            {
                head.Write(System.Text.Encoding.UTF8.GetBytes($"{{\"{columns[0]}\":"));
            }
            else
            {
                using var sink = TableWriters.Open(head, "head", columns, table); // writes the BOM and header, nothing more until rows come
                sink.Finish();
            }

            expected = head.ToArray();
        }

        if (expected.Length == 0)
        {
            return false; // no header (--no-header): nothing tells the table from a document
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            var start = new byte[expected.Length];
            return file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.AsSpan().SequenceEqual(expected);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
