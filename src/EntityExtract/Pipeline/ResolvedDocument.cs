using EntityExtract.Entities;
using EntityExtract.Tagging;
using EntityExtract.Text.Sentences;

namespace EntityExtract.Pipeline;

/// <summary>
/// A document's kept mentions and the entity each belongs to. Mentions scored below
/// <c>--min-score</c> are dropped first, then each name gets one type (<see cref="TypeVote"/>), then
/// <c>--types</c> filters, so a dropped mention never lends its name or type to others.
/// </summary>
internal sealed class ResolvedDocument(EntityTagger tagger, ExtractOptions options)
{
    private readonly DocumentAnalyzer _analyzer = new(tagger);

    public List<Mention> Mentions { get; } = [];

    public NameEntity[] Entities { get; private set; } = [];

    /// <summary>Each kept mention's name as written, titles removed.</summary>
    public string[] Forms { get; private set; } = [];

    public int TokenCount => _analyzer.Tokens.Count;

    public ReadOnlySpan<SentenceSpan> Sentences => _analyzer.Sentences.AsSpan();

    public void Analyze(string text)
    {
        _analyzer.Tag(text);
        Mentions.Clear();
        foreach (var mention in _analyzer.Mentions)
        {
            if (mention.Score >= options.MinScore)
            {
                Mentions.Add(mention);
            }
        }

        TypeVote.Apply(text, Mentions);
        Mentions.RemoveAll(m => !options.Keeps(m));
        var resolved = DocumentResolver.Resolve(text, _analyzer.Tokens.AsSpan(), Mentions);
        Entities = resolved.Entities;
        Forms = resolved.Forms;
    }
}
