using EntityExtract.Input;
using EntityExtract.Output;

namespace EntityExtract.Pipeline;

public sealed partial class DocumentRunner
{
    /// <summary>What one chunk produced: its rows as encoded bytes, or the reason it has none (a problem met reading the file comes with the item).</summary>
    private sealed record Outcome(byte[] Rows, InputProblem? Problem, DocumentStats Stats);

    /// <summary>One worker thread's job and output buffer, reused for every chunk it takes.</summary>
    private sealed class Worker(IDocumentJob job, IReadOnlyList<string> columns, TableWriterOptions table)
    {
        private readonly MemoryStream _buffer = new();
        private ITableWriter? _writer;

        public Outcome Process(ChunkOutcome item)
        {
            if (item.Chunk is not { } chunk)
            {
                return new Outcome([], item.Problem, default);
            }

            try
            {
                _writer ??= TableWriters.Create(_buffer, columns, table);
                var stats = job.Process(chunk, _writer);
                _writer.Flush();
                return new Outcome(_buffer.ToArray(), null, stats);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A defect must cost one file, not the run; the message says it is ours.
                _writer?.Dispose();
                _writer = null;
                return new Outcome([], new InputProblem(chunk.File.DisplayPath, $"internal error: {e.GetType().Name}: {e.Message}"), default);
            }
            finally
            {
                _buffer.SetLength(0);
            }
        }
    }
}
