using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Evaluation;

/// <summary>Tags every document of a CoNLL corpus with the public <see cref="EntityTagger.TagDocument"/> path and scores it conlleval-style.</summary>
public static class ModelEvaluator
{
    /// <param name="types">Types to score (others count as O on both sides); null for all four.</param>
    public static EvaluationResult Evaluate(EntityTagger tagger, ConllCorpus corpus, IReadOnlySet<EntityType>? types)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(corpus);
        var workspace = tagger.CreateWorkspace();
        var scorer = new ConllScorer(types);
        var allTags = new List<ConllTag[]>(corpus.Documents.Count);
        var allMentions = new List<List<Mention>>(corpus.Documents.Count);
        foreach (var document in corpus.Documents)
        {
            var (tags, mentions) = TagDocument(tagger, workspace, document, corpus.Scheme);
            foreach (var sentence in document.Sentences)
            {
                var range = new Range(sentence.FirstToken, sentence.EndToken);
                scorer.AddSentence(document.GoldTags.AsSpan(range), tags.AsSpan(range));
            }

            allTags.Add(tags);
            allMentions.Add(mentions);
        }

        return new EvaluationResult(scorer.GetScore(), allTags, allMentions);
    }

    /// <summary>Tags one document; its predicted tags in <paramref name="scheme"/>, and its mentions.</summary>
    internal static (ConllTag[] Tags, List<Mention> Mentions) TagDocument(EntityTagger tagger, TaggerWorkspace workspace, ConllDocument document, TagScheme scheme)
    {
        var mentions = new List<Mention>();
        tagger.TagDocument(document.Text, document.Tokens, document.Sentences, workspace, mentions, articleStarts: []);
        var labels = new byte[document.Tokens.Length];
        foreach (var mention in mentions)
        {
            WriteMention(labels, mention);
        }

        var tags = new ConllTag[labels.Length];
        foreach (var sentence in document.Sentences)
        {
            var range = new Range(sentence.FirstToken, sentence.EndToken);
            TagConversion.FromBilou(labels.AsSpan(range), scheme, tags.AsSpan(range));
        }

        return (tags, mentions);
    }

    private static void WriteMention(byte[] labels, Mention mention)
    {
        var type = (int)mention.Type;
        if (mention.TokenCount == 1)
        {
            labels[mention.FirstToken] = (byte)BilouLabel.Make(type, BilouPosition.Unit);
            return;
        }

        labels[mention.FirstToken] = (byte)BilouLabel.Make(type, BilouPosition.Begin);
        for (var t = mention.FirstToken + 1; t < mention.FirstToken + mention.TokenCount - 1; t++)
        {
            labels[t] = (byte)BilouLabel.Make(type, BilouPosition.Inside);
        }

        labels[mention.FirstToken + mention.TokenCount - 1] = (byte)BilouLabel.Make(type, BilouPosition.Last);
    }
}
