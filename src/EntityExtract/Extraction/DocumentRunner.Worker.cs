using EntityExtract.Input;
using EntityExtract.Output;

namespace EntityExtract.Extraction;

public sealed partial class DocumentRunner
{
    /// <summary>What one file produced: its rows as encoded bytes, or the reason it has none.</summary>
    private sealed record Outcome(byte[] Rows, InputProblem? Problem, string? Warning, long Bytes, DocumentStats Stats);

    /// <summary>One worker thread's job and output buffer, reused for every file it takes.</summary>
    private sealed class Worker(IDocumentJob job, IReadOnlyList<string> columns, TableWriterOptions table)
    {
        private readonly MemoryStream _buffer = new();
        private ITableWriter? _writer;

        public Outcome Process(InputFile file, Stream? stdin)
        {
            var read = InputReader.Read(file, stdin);
            if (read.Problem is not null)
            {
                return new Outcome([], read.Problem, null, 0, default);
            }

            var decoded = read.Text!;
            try
            {
                _writer ??= TableWriters.Create(_buffer, columns, table);
                var stats = job.Process(file.DisplayPath, decoded.Text, _writer);
                _writer.Flush();
                var rows = _buffer.ToArray();
                return new Outcome(rows, null, WarningFor(decoded), decoded.Text.Length, stats);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A defect must cost one file, not the run; the message says it is ours.
                _writer?.Dispose();
                _writer = null;
                return new Outcome([], new InputProblem(file.DisplayPath, $"internal error: {e.GetType().Name}: {e.Message}"), null, 0, default);
            }
            finally
            {
                _buffer.SetLength(0);
            }
        }

        private static string? WarningFor(DecodedText decoded) =>
            decoded.UsedFallback ? "not valid UTF-8; decoded as Windows-1252" : null;
    }
}
