using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Benchmarks;

/// <summary>
/// Tokenizing, and tokenizing plus sentence splitting, over news text: the CoNLL-2003 training
/// set turned back into running text (or generated news-like text where that file is absent).
/// The "Tokens/s" column is the corpus's token count divided by the Mean; by hand it is
/// tokens / (Mean in seconds), with the token count printed by the column's legend. Both
/// buffers are sized in the setup, so "Allocated" should read 0 B: nothing is allocated per token.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TokensPerSecondConfig))]
public class TextBenchmarks
{
    private string _text = "";
    private TokenBuffer _tokens = null!;
    private SentenceBuffer _sentences = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.Value;
        _tokens = new TokenBuffer();
        _sentences = new SentenceBuffer();

        // One warm pass grows both buffers to their final size, so the measured passes never allocate.
        TokenizeAndSplit();
    }

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        _tokens.Clear();
        Tokenizer.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        _tokens.Clear();
        _sentences.Clear();
        Tokenizer.Tokenize(_text, _tokens);
        SentenceSplitter.Split(_text, _tokens.AsSpan(), _sentences);
        return _sentences.Count;
    }

    /// <summary>Loaded once per process; the column reads it in the host process, the benchmarks in theirs.</summary>
    private static readonly Lazy<string> NewsText = new(LoadNewsText);

    private static readonly Lazy<int> TokenCount = new(() =>
    {
        var tokens = new TokenBuffer();
        Tokenizer.Tokenize(NewsText.Value, tokens);
        return tokens.Count;
    });

    private static string LoadNewsText()
    {
        string? path = FindCorpus();
        return path is null ? GenerateNewsText() : Detokenize(File.ReadLines(path));
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EntityExtract.sln")))
            {
                string path = Path.Combine(dir.FullName, "..", "shared", "data", "conll2003", "eng.train");
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }

    /// <summary>
    /// CoNLL lines hold one token each (first column); a blank line ends a sentence and
    /// <c>-DOCSTART-</c> a document. Sentences go one per line, documents apart by a blank line,
    /// with the usual spacing: none before , . 's n't ) and none after ( $.
    /// </summary>
    private static string Detokenize(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        bool lineStart = true;
        bool noSpaceNext = false;
        bool quoteOpen = false;
        foreach (string line in lines)
        {
            string token = line.Split(' ')[0];
            if (token.Length == 0 || token == "-DOCSTART-")
            {
                if (!lineStart)
                {
                    text.Append(token.Length == 0 ? "\n" : "\n\n");
                }
                else if (token.Length > 0 && text.Length > 0)
                {
                    text.Append('\n');
                }

                lineStart = true;
                quoteOpen = false;
                continue;
            }

            bool closing = token is "," or "." or ":" or ";" or "?" or "!" or "%" or ")" or "]" or "n't" || token.StartsWith('\'')
                || (token == "\"" && quoteOpen);
            if (!lineStart && !closing && !noSpaceNext)
            {
                text.Append(' ');
            }

            text.Append(token);
            if (token == "\"")
            {
                quoteOpen = !quoteOpen;
            }

            noSpaceNext = token is "(" or "[" or "$" || (token == "\"" && quoteOpen);
            lineStart = false;
        }

        return text.ToString();
    }

    private static string GenerateNewsText()
    {
        string[] sentences =
        [
            "Secretary of State John F. Kerry met Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday.",
            "The U.S. and Russia agreed that Jabhat al-Nusra, a group affiliated with al-Qaeda, would be excluded.",
            "“We are committed to try to destroy Daesh,” Kerry told reporters after the 50-minute meeting.",
            "Shares of Acme Corp. rose 3.5% to $1,234.56 on Friday, according to Reuters.",
            "It’s still unclear whether Moscow’s moves don't signal a shift, officials said.",
        ];
        var random = new Random(42);
        var text = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            text.Append(sentences[random.Next(sentences.Length)]).Append(i % 8 == 7 ? "\n\n" : " ");
        }

        return text.ToString();
    }

    private sealed class TokensPerSecondConfig : ManualConfig
    {
        public TokensPerSecondConfig() => AddColumn(new TokensPerSecondColumn());
    }

    /// <summary>Throughput in tokens per second: the corpus's token count over the mean time of one pass.</summary>
    private sealed class TokensPerSecondColumn : IColumn
    {
        public string Id => nameof(TokensPerSecondColumn);

        public string ColumnName => "Tokens/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => $"Tokens per second over one pass of {TokenCount.Value:N0} tokens";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return meanNs is > 0 ? (TokenCount.Value / (meanNs.Value / 1e9)).ToString("N0") : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
