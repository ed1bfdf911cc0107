namespace EntityExtract.Input.Records;

/// <summary>
/// <c>--input-format jsonl</c>: each line of a file (or stdin) is a document
/// <c>{"id": ..., "text": ...}</c> whose id fills the <c>file</c> column, so the tool can be the
/// mapper of Hadoop Streaming or Spark's <c>RDD.pipe</c>. Lines are read one at a time, so a
/// stream of any size runs in bounded memory. A bad line comes back as a problem named
/// <c>FILE:LINE</c> and the stream goes on; blank lines are passed over.
/// </summary>
public sealed class JsonlRecordSource(JsonlOptions options) : IPieceSource
{
    public bool ShardsRecords => true;

    public IEnumerable<PieceOutcome> Read(InputFile file, Stream? stdin, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var opened = InputStreams.Open(file, stdin, cancellation);
        return opened.Stream is { } stream
            ? Records(file, stream, opened.Owned)
            : [new PieceOutcome(null, opened.Problem)];
    }

    private IEnumerable<PieceOutcome> Records(InputFile file, Stream stream, bool owned)
    {
        var parser = new RecordParser(options);
        using var lines = new LineReader(stream, options.MaxLineBytes);
        try
        {
            while (true)
            {
                (string? Id, string? Text, string? Error, int Bytes) record;
                try
                {
                    if (!lines.Next(out var line, out var tooLong))
                    {
                        yield break;
                    }

                    record = tooLong
                        ? (null, null, $"line longer than {options.MaxLineBytes / (1024 * 1024)} MiB; skipped", 0)
                        : Parse(parser, lines.LineNumber == 1 ? WithoutBom(line) : line);
                }
                catch (Exception e) when (ProblemReasons.IsInputFailure(e))
                {
                    record = (null, null, InputReader.ReasonFor(file, e), -1);
                }

                if (record.Bytes < 0)
                {
                    yield return new PieceOutcome(null, new InputProblem(file.DisplayPath, record.Error!));
                    yield break;
                }

                if (record.Error is not null)
                {
                    yield return new PieceOutcome(null, new InputProblem($"{file.DisplayPath}:{lines.LineNumber}", record.Error));
                    continue;
                }

                if (record.Id is null || !options.Shard.Contains(record.Id))
                {
                    continue; // a blank line, or a record of another shard
                }

                var document = new InputFile(record.Id, file.FullPath) { IsExplicit = true };
                foreach (var piece in RecordPieces.Cut(document, record.Text!, record.Bytes))
                {
                    yield return new PieceOutcome(piece, null);
                }
            }
        }
        finally
        {
            if (owned)
            {
                stream.Dispose();
            }
        }
    }

    private static (string?, string?, string?, int) Parse(RecordParser parser, ReadOnlySpan<byte> line)
    {
        if (line.Trim(" \t"u8).IsEmpty)
        {
            return (null, null, null, 0);
        }

        var (id, text, error) = parser.Parse(line);
        return (id, text, error, line.Length);
    }

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> line) =>
        line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? line[3..] : line;
}
