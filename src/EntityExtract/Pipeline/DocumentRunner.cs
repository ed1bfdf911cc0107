using System.Diagnostics;
using EntityExtract.Entities.Tables;
using EntityExtract.Input;
using EntityExtract.Input.Records;
using EntityExtract.Output;
using EntityExtract.Pipeline.Jobs;

namespace EntityExtract.Pipeline;

/// <summary>
/// Reads files as pieces on one thread, processes the pieces on worker threads, and writes each
/// piece's rows as one block, in input order, to the output stream. One bad file is reported and
/// skipped; it never ends the run, and rows already written stay written.
/// </summary>
public sealed class DocumentRunner(Func<IDocumentJob> createJob, string kind, IReadOnlyList<string> columns, TableWriterOptions table, int threads)
{
    /// <summary>
    /// The most decoded text read ahead and not yet written, whatever the thread count: pieces ×
    /// threads alone let memory grow with <c>--threads</c>. At the default thread count the window
    /// of pieces stays well under it; rows and tagger scratch memory grow in proportion to it.
    /// </summary>
    public const long InFlightTextBytes = 64L * 1024 * 1024;

    /// <summary>Optional consumer of piece results for tables written per file or per run.</summary>
    public IEntityTable? Table { get; init; }

    /// <summary>
    /// Whether pieces need file-wide sentence numbers. Counting them means splitting every piece
    /// but the last of a large file once more on the reader thread, so only <c>tokenize</c> asks.
    /// </summary>
    public bool NumberSentences { get; init; }

    /// <summary>How each input file becomes pieces: read as text (the default) or as one record per line.</summary>
    public IPieceSource Source { get; init; } = TextFileSource.Instance;

    public RunSummary Run(
        IReadOnlyList<InputFile> files,
        Stream output,
        IRunObserver observer,
        Stream? stdin,
        CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();

        using var sink = TableWriters.Open(output, kind, columns, table);
        var direct = sink.Rows;

        // A table that writes the rows at the end has them kept in its spool rather than the output.
        using var spool = (Table as ISpoolingTable)?.OpenSpool(sink);
        long bytes = 0, tokens = 0, rows = 0;
        int failed = 0, filesDone = 0, otherLanguage = 0;
        string? lastFailed = null; // a file whose later pieces fail too still counts once

        OrderedParallel.Run(
            Pieces(files, stdin, Source, NumberSentences ? new SentenceCounter() : null, cancellation),
            threads,
            () => new Worker(createJob(), sink, spool),
            (worker, item) => worker.Process(item),
            static item => item.Piece is { } piece ? piece.Text.Length * sizeof(char) : 0,
            InFlightTextBytes,
            (item, outcome) =>
            {
                // A piece may come with a problem of its file (one that shrank while read): its
                // rows are kept and the file still fails.
                if (outcome.Problem is null && item.Piece is { } piece)
                {
                    if (piece.Warning is not null)
                    {
                        observer.Warning(piece.File.DisplayPath, piece.Warning);
                    }

                    if (spool is null && outcome.Rows is { } block)
                    {
                        sink.Append(block);
                    }

                    if (Table is not null)
                    {
                        Table.Add(new PieceEntities(piece.File, piece.File.DisplayPath, piece.IsLast, outcome.Stats.Entities ?? []) { Pairs = outcome.Stats.Pairs ?? [], Rows = spool is null ? null : outcome.Rows }, direct);
                        direct.Flush();
                    }

                    otherLanguage += piece.OtherLanguage is null ? 0 : 1;
                    bytes += piece.Bytes;
                    tokens += outcome.Stats.Tokens;
                    rows += outcome.Stats.Rows;
                }

                if ((outcome.Problem ?? item.Problem) is { } problem)
                {
                    if (problem.DisplayPath != lastFailed)
                    {
                        failed++;
                        lastFailed = problem.DisplayPath;
                    }

                    observer.Problem(problem);
                }

                if (item.Problem is not null || item.Piece!.IsLast)
                {
                    filesDone++;
                }

                observer.Progress(new RunProgress(bytes, filesDone, files.Count));
            },
            cancellation);

        Table?.Finish(direct);
        direct.Flush();
        sink.Finish();
        return new RunSummary(files.Count, failed, bytes, tokens, rows + (Table?.Rows ?? 0), clock.Elapsed) { FilesOtherLanguage = otherLanguage };
    }

    /// <summary>Every file's pieces, in file order; runs on the reader thread.</summary>
    private static IEnumerable<PieceOutcome> Pieces(IReadOnlyList<InputFile> files, Stream? stdin, IPieceSource source, SentenceCounter? sentences, CancellationToken cancellation)
    {
        foreach (var file in files)
        {
            var firstSentence = 0L;
            foreach (var outcome in source.Read(file, stdin, cancellation))
            {
                if (sentences is null || outcome.Piece is not { } piece)
                {
                    yield return outcome;
                    continue;
                }

                // One file may hold many documents (JSON Lines records): each counts from 0.
                firstSentence = piece.Index == 0 ? 0 : firstSentence;

                yield return outcome with { Piece = piece with { FirstSentence = firstSentence } };
                if (!piece.IsLast)
                {
                    firstSentence += sentences.Count(piece.Text);
                }
            }
        }
    }

    /// <summary>What one piece produced: its rows, or the reason it has none (a problem met reading the file comes with the item).</summary>
    private sealed record Outcome(RowBlock? Rows, InputProblem? Problem, DocumentStats Stats);

    /// <summary>One worker thread's job and row buffer (the sink's, or the spool's of a table that writes the rows at the end), reused for every piece it takes.</summary>
    private sealed class Worker(IDocumentJob job, ITableSink sink, IRowSpool? spool)
    {
        private IRowBuffer? _writer;

        public Outcome Process(PieceOutcome item)
        {
            if (item.Piece is not { } piece)
            {
                return new Outcome(null, item.Problem, default);
            }

            try
            {
                _writer ??= spool?.CreateBuffer() ?? sink.CreateBuffer();
                var stats = job.Process(piece, _writer);
                return new Outcome(_writer.Take(), null, stats);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A defect must cost one file, not the run; the message says it is ours.
                _writer?.Dispose();
                _writer = null;
                return new Outcome(null, new InputProblem(piece.File.DisplayPath, $"internal error: {e.GetType().Name}: {e.Message}"), default);
            }
        }
    }
}
