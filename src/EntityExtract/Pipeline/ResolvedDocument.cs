using EntityExtract.Entities;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Document;
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

        VoteTypesPerArticle(text);
        Mentions.RemoveAll(m => !options.Keeps(m));
        var resolved = DocumentResolver.Resolve(text, _analyzer.Tokens.AsSpan(), Mentions);
        Entities = resolved.Entities;
        Forms = resolved.Forms;
    }

    /// <summary>
    /// <see cref="TypeVote"/> article by article: a piece holding many articles (a news dump, a
    /// feed) votes within each (<see cref="ArticleBoundary"/>, as the tagger's document evidence
    /// does), so one article's "Chelsea" never retypes another's.
    /// </summary>
    private void VoteTypesPerArticle(string text)
    {
        var tokens = _analyzer.Tokens.AsSpan();
        var sentences = _analyzer.Sentences.AsSpan();
        var first = 0; // first mention of the current article
        for (var s = 1; s < sentences.Length && first < Mentions.Count; s++)
        {
            var start = tokens[sentences[s].FirstToken].Start;
            if (!ArticleBoundary.StartsArticle(text, start))
            {
                continue;
            }

            var end = first;
            while (end < Mentions.Count && Mentions[end].Start < start)
            {
                end++;
            }

            Vote(text, first, end);
            first = end;
        }

        Vote(text, first, Mentions.Count);
    }

    private void Vote(string text, int first, int end)
    {
        if (first == 0 && end == Mentions.Count)
        {
            TypeVote.Apply(text, Mentions);
            return;
        }

        if (end - first < 2)
        {
            return;
        }

        _article.Clear();
        _article.AddRange(Mentions.GetRange(first, end - first));
        TypeVote.Apply(text, _article);
        for (var i = 0; i < _article.Count; i++)
        {
            Mentions[first + i] = _article[i];
        }
    }

    private readonly List<Mention> _article = [];
}
