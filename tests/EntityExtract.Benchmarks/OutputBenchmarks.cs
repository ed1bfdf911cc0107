using BenchmarkDotNet.Attributes;
using EntityExtract.Output;

namespace EntityExtract.Benchmarks;

/// <summary>
/// Writing <c>extract</c>'s mention rows (file, line, column, start, end, type, text, score,
/// canonical) as CSV and, for comparison, TSV, into a reused buffer as a worker does. Times are
/// per row (<c>OperationsPerInvoke</c>); "Allocated" should read 0 B: a row allocates nothing.
/// </summary>
[MemoryDiagnoser]
public class OutputBenchmarks
{
    private const int Rows = 10_000;

    private static readonly string[] Columns = ["file", "line", "column", "start", "end", "type", "text", "score", "canonical"];

    private static readonly (string Type, string Text, string Canonical)[] Mentions =
    [
        ("PERSON", "Gordon Brown", "Gordon Brown"),
        ("ORGANIZATION", "Time Warner", "Time Warner"),
        ("LOCATION", "New York", "New York"),
        ("PERSON", "Brown", "Gordon Brown"),
        ("ORGANIZATION", "Bank of England", "Bank of England"),
        ("LOCATION", "Beijing", "Beijing"),
        ("ORGANIZATION", "Deutsche Telekom, Europe's largest", "Deutsche Telekom, Europe's largest"),
    ];

    private readonly MemoryStream _buffer = new();
    private ITableWriter _csv = null!;
    private ITableWriter _tsv = null!;

    [GlobalSetup]
    public void Setup()
    {
        _csv = new CsvTableWriter(_buffer, Columns, new TableWriterOptions());
        _tsv = new TsvTableWriter(_buffer, Columns, new TableWriterOptions { Format = OutputFormat.Tsv });
        WriteCsvRows();
        WriteTsvRows();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public long WriteCsvRows() => Write(_csv);

    [Benchmark(OperationsPerInvoke = Rows)]
    public long WriteTsvRows() => Write(_tsv);

    private long Write(ITableWriter rows)
    {
        _buffer.SetLength(0);
        for (var i = 0; i < Rows; i++)
        {
            var (type, text, canonical) = Mentions[i % Mentions.Length];
            rows.Text("reports/2005/business/doc00042.txt");
            rows.Number(1 + (i / 7));
            rows.Number(1 + (i % 80));
            rows.Number(i * 31L);
            rows.Number((i * 31L) + text.Length);
            rows.Text(type);
            rows.Text(text);
            rows.Score(0.5f + ((i % 50) / 100f));
            rows.Text(canonical);
            rows.EndRow();
        }

        rows.Flush();
        return _buffer.Length;
    }
}
