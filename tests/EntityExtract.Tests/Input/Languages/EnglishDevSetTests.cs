using EntityExtract.Input.Languages;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input.Languages;

/// <summary>
/// No English document is taken for another language: every document of the English development
/// sets (CoNLL-2003 eng.testa, GUM dev, UNER English-EWT dev) and every WNUT-17 dev text (tweets
/// and posts), as the tool would see them (tokens joined by spaces, a sentence per line).
/// </summary>
public sealed class EnglishDevSetTests
{
    [SharedDataFact("data/conll2003/eng.testa")]
    public void No_conll_development_document_is_flagged() => AssertNoneFlagged(Documents("conll2003", "eng.testa", ' '), 216);

    [SharedDataFact("data/gum/gum-dev.iob2")]
    public void No_gum_development_document_is_flagged() => AssertNoneFlagged(Documents("gum", "gum-dev.iob2", '\t'), 20);

    [SharedDataFact("data/uner-ewt/dev.iob2")]
    public void No_uner_development_document_is_flagged() => AssertNoneFlagged(Documents("uner-ewt", "dev.iob2", '\t'), 300);

    [SharedDataFact("data/wnut17/dev.iob2")]
    public void No_wnut_development_text_is_flagged() =>
        AssertNoneFlagged(Documents("wnut17", "dev.iob2", '\t').SelectMany(d => d.Split('\n')), 1000);

    private static void AssertNoneFlagged(IEnumerable<string> documents, int atLeast)
    {
        var all = documents.ToList();
        Assert.True(all.Count >= atLeast, $"{all.Count} documents read");
        var flagged = all.Select(d => (Text: d, Language: LanguageCheck.OtherLanguage(d))).Where(d => d.Language is not null).ToList();
        Assert.True(flagged.Count == 0, string.Join("\n---\n", flagged.Select(f => $"{f.Language}: {f.Text[..Math.Min(300, f.Text.Length)]}")));
    }

    /// <summary>The documents of a CoNLL-style file: tokens joined by spaces, a sentence per line.</summary>
    private static IEnumerable<string> Documents(string folder, string file, char separator)
    {
        var sentences = new List<string>();
        var tokens = new List<string>();
        foreach (var line in File.ReadLines(RepoPaths.Shared($"data/{folder}/{file}")))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(string.Join(' ', tokens));
                    tokens.Clear();
                }

                if (sentences.Count > 0)
                {
                    yield return string.Join('\n', sentences);
                    sentences.Clear();
                }

                continue;
            }

            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(string.Join(' ', tokens));
                    tokens.Clear();
                }

                continue;
            }

            tokens.Add(line.Split(separator)[0]);
        }

        if (tokens.Count > 0)
        {
            sentences.Add(string.Join(' ', tokens));
        }

        if (sentences.Count > 0)
        {
            yield return string.Join('\n', sentences);
        }
    }
}
