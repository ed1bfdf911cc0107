using BenchmarkDotNet.Attributes;
using EntityExtract.Evaluation;
using EntityExtract.Tagging;

namespace EntityExtract.Benchmarks;

/// <summary>
/// Tagging throughput of the embedded model on CoNLL-2003 dev documents (falls back to a built-in
/// paragraph when the shared data is absent). <c>TagDocuments</c> tags <see cref="TokenCount"/>
/// tokens per operation with one reused workspace and mentions list, so the memory column shows
/// what tagging allocates per document beyond growing those once: it should be zero.
/// </summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private EntityTagger _tagger = null!;
    private ConllDocument[] _documents = [];
    private TaggerWorkspace _workspace = null!;
    private readonly List<Mention> _mentions = new(4096);
    private byte[] _modelBytes = [];

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
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream("EntityExtract.Tagging.Resources.default-model.bin")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        _modelBytes = memory.ToArray();
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
            _tagger.TagDocument(document.Text, document.Tokens, document.Sentences, _workspace, _mentions);
            found += _mentions.Count;
        }

        return found;
    }

    [Benchmark]
    public EntityTagger LoadModel() => EntityTagger.Load(new MemoryStream(_modelBytes));

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
