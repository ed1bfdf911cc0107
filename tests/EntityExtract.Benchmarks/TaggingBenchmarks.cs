using BenchmarkDotNet.Attributes;
using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Decoding;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Benchmarks;

/// <summary>
/// Tagging throughput of the embedded model on CoNLL-2003 dev documents (falls back to a built-in
/// paragraph when the shared data is absent). <c>TagDocuments</c> tags <see cref="TokenCount"/>
/// tokens per operation with one reused workspace and mentions list, so the memory column shows
/// what tagging allocates per document beyond growing those once: it should be zero. The stage
/// benchmarks take the same tokens apart: every feature key of every token (the training and
/// one-pass path, with no word cache), Viterbi over scores computed in the setup, and the
/// forward–backward lattice behind the confidence scores.
/// </summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private EntityTagger _tagger = null!;
    private ConllDocument[] _documents = [];
    private TaggerWorkspace _workspace = null!;
    private readonly List<Mention> _mentions = new(4096);
    private readonly List<int> _articleStarts = [];
    private byte[] _modelBytes = [];
    private float[][] _emissions = [];
    private float[] _lattice = [];
    private byte[] _path = [];
    private double[] _exp = [];
    private double[] _alpha = [];
    private double[] _beta = [];
    private double[] _scale = [];

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _tagger = EntityTagger.Default;
        _workspace = _tagger.CreateWorkspace();
        var dev = FindDev();
        var corpus = dev is null
            ? ConllReader.Parse("inline", Fallback().Split('\n'))
            : ConllReader.Read(dev);
        _documents = [.. corpus.Documents];
        TokenCount = corpus.TokenCount;
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(EntityTagger.EmbeddedModelResource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        _modelBytes = memory.ToArray();
        _emissions = [.. Windows().Select(window =>
        {
            _tagger.DecodeSentence(window.Text, window.Tokens.Span, 0, _workspace, useDocumentHints: false);
            return _workspace.Lattice.Emissions(window.Tokens.Length).ToArray();
        })];
        var longest = _emissions.Max(e => e.Length);
        _lattice = new float[longest];
        _path = new byte[longest / BilouLabel.Count];
        _exp = new double[longest];
        _alpha = new double[longest];
        _beta = new double[longest];
        _scale = new double[longest / BilouLabel.Count];
        TagDocuments();
        Console.WriteLine($"// TaggingBenchmarks: {TokenCount} tokens per TagDocuments operation");
    }

    [Benchmark]
    public int TagDocuments()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            _mentions.Clear();
            _tagger.TagDocument(document.Text, document.Tokens, document.Sentences, _workspace, _mentions, _articleStarts);
            found += _mentions.Count;
        }

        return found;
    }

    /// <summary>Every feature key of every token: <see cref="TokenCount"/> tokens per operation.</summary>
    [Benchmark]
    public int ExtractFeatures()
    {
        var keys = 0;
        foreach (var (text, tokens) in Windows())
        {
            _tagger.Features.Extract(text, tokens.Span, _workspace.Features, useDocumentHints: false);
            keys += _workspace.Features.KeyCount;
        }

        return keys;
    }

    /// <summary>Viterbi over every sentence's scores: <see cref="TokenCount"/> tokens per operation.</summary>
    [Benchmark]
    public int DecodeTags()
    {
        var last = 0;
        foreach (var emissions in _emissions)
        {
            var count = emissions.Length / BilouLabel.Count;
            Viterbi.DecodeMasked(emissions, count, _tagger.AllowedTransitions, _tagger.EndWeights, _lattice, _path);
            last += _path[count - 1];
        }

        return last;
    }

    /// <summary>The confidence lattice (forward–backward) of every sentence: <see cref="TokenCount"/> tokens per operation.</summary>
    [Benchmark]
    public double ConfidenceLattice()
    {
        var total = 0.0;
        foreach (var emissions in _emissions)
        {
            var count = emissions.Length / BilouLabel.Count;
            ForwardBackward.Run(emissions, count, _tagger.Calibration.Temperature, _tagger.Potentials, _exp, _alpha, _beta, _scale);
            total += _scale[count - 1];
        }

        return total;
    }

    [Benchmark]
    public EntityTagger LoadModel() => EntityTagger.Load(new MemoryStream(_modelBytes));

    /// <summary>The sentences of every document, cut at the tagger's window length.</summary>
    private IEnumerable<(string Text, ReadOnlyMemory<EntityExtract.Text.Tokenization.Token> Tokens)> Windows()
    {
        var windows = new List<(string, ReadOnlyMemory<EntityExtract.Text.Tokenization.Token>)>();
        foreach (var document in _documents)
        {
            foreach (var (first, count) in new TaggingWindows(document.Sentences))
            {
                windows.Add((document.Text, document.Tokens.AsMemory(first, count)));
            }
        }

        return windows;
    }

    private static string? FindDev()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "..", "shared", "data", "conll2003", "eng.testa");
            if (File.Exists(Path.Combine(directory.FullName, "EntityExtract.sln")))
            {
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }

    private static string Fallback()
    {
        var sentence = "Secretary O\nof O\nState O\nJohn B-PER\nKerry I-PER\nmet O\nVladimir B-PER\nPutin I-PER\nin O\nMoscow B-LOC\n. O\n\n";
        return string.Concat(Enumerable.Repeat(sentence, 2000));
    }
}
