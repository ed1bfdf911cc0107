using EntityExtract.Grouping;
using EntityExtract.Output;
using EntityExtract.Tagging;

namespace EntityExtract.Extraction;

/// <summary>
/// <c>--group corpus</c>: writes nothing per file; hands each file's entity counts to the
/// <see cref="CorpusTable"/> (on the output thread, in file order) through <see cref="DocumentStats.Entities"/>.
/// </summary>
public sealed class CorpusTableJob(EntityTagger tagger, ExtractOptions options) : IDocumentJob
{
    private readonly ResolvedDocument _document = new(tagger, options);

    public DocumentStats Process(string displayPath, string text, ITableWriter rows)
    {
        _document.Analyze(text);
        var counts = EntityCounter.Count(text, _document.Mentions, _document.Entities);
        return new DocumentStats(_document.TokenCount, 0) { Entities = counts };
    }
}
