using EntityExtract.Entities;
using EntityExtract.Tagging;

namespace EntityExtract.Pipeline;

/// <summary>
/// A document's kept mentions (after <c>--types</c> and <c>--min-score</c>) and the entity each
/// belongs to. Filtering comes first, so a dropped mention never lends its name to others.
/// </summary>
internal sealed class ResolvedDocument(EntityTagger tagger, ExtractOptions options)
{
    private readonly DocumentAnalyzer _analyzer = new(tagger);

    public List<Mention> Mentions { get; } = [];

    public NameEntity[] Entities { get; private set; } = [];

    public int TokenCount => _analyzer.Tokens.Count;

    public void Analyze(string text)
    {
        _analyzer.Tag(text);
        Mentions.Clear();
        foreach (var mention in _analyzer.Mentions)
        {
            if (options.Keeps(mention))
            {
                Mentions.Add(mention);
            }
        }

        Entities = AliasResolver.Resolve(text, _analyzer.Tokens.AsSpan(), Mentions);
    }
}
