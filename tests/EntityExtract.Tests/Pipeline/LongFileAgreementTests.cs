using EntityExtract.Entities;
using EntityExtract.Pipeline.Jobs;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Pipeline;

/// <summary>
/// The same articles must tag (nearly) the same whether they arrive as one file or one per file:
/// a small-sample version of <c>tests/bench/long-file-agreement.sh</c> on the embedded model.
/// </summary>
public class LongFileAgreementTests
{
    [SharedDataFact("data/unlabeled/reuters21578-part2.txt")]
    public void ReutersArticlesTagAlikeInOneFileOrMany() => Check("data/unlabeled/reuters21578-part2.txt", 300);

    [SharedDataFact("data/unlabeled/bbc-news-2004-2005.txt")]
    public void BbcArticlesTagAlikeInOneFileOrMany() => Check("data/unlabeled/bbc-news-2004-2005.txt", 60);

    private static void Check(string relativePath, int articleCount)
    {
        // Articles are separated by blank lines; take the first ones, well inside one 256 KiB piece.
        var articles = File.ReadAllText(RepoPaths.Shared(relativePath))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Take(articleCount)
            .Select(a => a.Trim('\n') + "\n")
            .ToList();
        // The extract command's path: tagging, then one type per name per article (MentionResolver).
        var analyzer = new DocumentAnalyzer(EntityTagger.Default);
        var resolver = new MentionResolver(ExtractOptions.DefaultTypes, minScore: 0);
        var whole = Mentions(analyzer, resolver, string.Join("\n", articles));
        var split = articles.SelectMany(a => Mentions(analyzer, resolver, a)).ToList();

        var common = Intersection(whole, split);
        var agreement = (double)common / (whole.Count + split.Count - common);
        Assert.True(agreement >= 0.97, $"{relativePath}: agreement {agreement:F4} ({whole.Count} vs {split.Count} mentions, {common} common)");
        var junk = whole.Concat(split).Where(IsJunkPerson).ToList();
        Assert.True(junk.Count <= 2, $"{relativePath}: junk PERSON mentions: {string.Join(", ", junk.Select(m => m.Text))}");
    }

    private static List<(EntityType Type, string Text)> Mentions(DocumentAnalyzer analyzer, MentionResolver resolver, string text)
    {
        analyzer.Tag(text);
        return resolver.Resolve(text, analyzer.Tokens.AsSpan(), analyzer.Mentions, analyzer.ArticleStarts)
            .Select(r => r.Mention)
            .Where(m => m.Type != EntityType.Misc)
            .Select(m => (m.Type, text[m.Start..m.End]))
            .ToList();
    }

    private static int Intersection(List<(EntityType, string)> a, List<(EntityType, string)> b)
    {
        var counts = a.GroupBy(m => m).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var m in b)
        {
            if (counts.TryGetValue(m, out var n) && n > 0)
            {
                counts[m] = n - 1;
                common++;
            }
        }

        return common;
    }

    private static readonly HashSet<string> s_junk = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "me", "my", "you", "he", "him", "his", "she", "her", "it", "its", "we", "us", "they", "them", "their", "who",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "said", "Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms.",
    };

    private static bool IsJunkPerson((EntityType Type, string Text) m) =>
        m.Type == EntityType.Person && (s_junk.Contains(m.Text) || !m.Text.Any(char.IsLetter));
}
