using System.Diagnostics;
using EntityExtract.Input;
using EntityExtract.Output;

namespace EntityExtract.Extraction;

/// <summary>
/// Reads, decodes and processes files on worker threads and writes each file's rows as one block,
/// in input order, to the output stream. One bad file is reported and skipped; it never ends the run.
/// </summary>
public sealed partial class DocumentRunner(Func<IDocumentJob> createJob, IReadOnlyList<string> columns, TableWriterOptions table, int threads)
{
    /// <summary>Called on the output thread, in file order, with each processed file's stats.</summary>
    public Action<DocumentStats>? OnDocument { get; init; }

    public RunSummary Run(
        IReadOnlyList<InputFile> files,
        Stream output,
        IRunObserver observer,
        Stream? stdin,
        CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        WriteHead(output);
        long bytes = 0, tokens = 0, rows = 0;
        var failed = 0;

        OrderedParallel.Run(
            files.Count,
            threads,
            () => new Worker(createJob(), columns, table),
            (worker, index) => worker.Process(files[index], stdin),
            (index, outcome) =>
            {
                if (outcome.Problem is not null)
                {
                    failed++;
                    observer.Problem(outcome.Problem);
                }
                else
                {
                    if (outcome.Warning is not null)
                    {
                        observer.Warning(files[index].DisplayPath, outcome.Warning);
                    }

                    output.Write(outcome.Rows);
                    OnDocument?.Invoke(outcome.Stats);
                    bytes += outcome.Bytes;
                    tokens += outcome.Stats.Tokens;
                    rows += outcome.Stats.Rows;
                }

                observer.FileDone(index + 1, files.Count, bytes);
            },
            cancellation);

        output.Flush();
        return new RunSummary(files.Count, failed, bytes, tokens, rows, clock.Elapsed);
    }

    private void WriteHead(Stream output)
    {
        if (table.Excel && table.Format != OutputFormat.Jsonl)
        {
            output.Write("\uFEFF"u8);
        }

        if (table.Header)
        {
            using var writer = TableWriters.Create(output, columns, table);
            writer.Header();
        }
    }
}
