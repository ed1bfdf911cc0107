using EntityExtract.Entities;
using EntityExtract.Entities.Joining;
using EntityExtract.Tagging;

namespace EntityExtract.Pipeline.Jobs;

/// <summary>
/// What every extract job does first with a piece: tokenize and tag it (<see cref="Analyzer"/>),
/// then resolve its mentions with the run's types, min-score and <c>--aliases</c>, so no job can
/// resolve by other rules than the others.
/// </summary>
public sealed class PieceAnalysis(EntityTagger tagger, ExtractOptions options)
{
    private readonly MentionResolver _resolver = new(options.Types, options.MinScore, options.Aliases);

    public DocumentAnalyzer Analyzer { get; } = new(tagger);

    public ResolvedMention[] Resolve(string text)
    {
        Analyzer.Tag(text);
        return _resolver.Resolve(text, Analyzer.Tokens.AsSpan(), Analyzer.Mentions, Analyzer.ArticleStarts);
    }
}
