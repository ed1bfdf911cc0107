using EntityExtract.Tests.Support;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tests.Text;

/// <summary>Real news text from the shared seeds: invariants over every file and a few known tokens.</summary>
public sealed class SeedTextTests
{
    [SharedDataFact("seeds")]
    public void Every_seed_file_keeps_the_invariants()
    {
        foreach (string path in RepoPaths.SeedFiles)
        {
            var (text, tokens, sentences) = Analyze(path);
            Assert.True(tokens.Count > 100, path);
            string? problem = TokenInvariants.Check(text, tokens.AsSpan().ToArray())
                ?? TokenInvariants.CheckSentences(tokens.Count, sentences.AsSpan().ToArray());
            Assert.True(problem is null, $"{path}: {problem}");
        }
    }

    [SharedDataFact("seeds")]
    public void Known_tokens_come_out_whole()
    {
        string[] words = AllTokenTexts();
        Assert.True(ContainsRun(words, "John", "F.", "Kerry"));
        Assert.True(ContainsRun(words, "Washington", "’s"));
        Assert.True(ContainsRun(words, "do", "n’t"));
        Assert.True(ContainsRun(words, "It", "’s"));
        Assert.Contains("al-Assad", words);
        Assert.Contains("al-Nusra", words);
        Assert.Contains("50-minute", words);
        Assert.Contains("U.S.", words);
        Assert.DoesNotContain("F", words);
        Assert.DoesNotContain("Washington’s", words);
    }

    [SharedDataFact("seeds")]
    public void No_sentence_ends_after_an_initial_or_title()
    {
        foreach (string path in RepoPaths.SeedFiles)
        {
            var (text, tokens, sentences) = Analyze(path);
            foreach (SentenceSpan s in sentences.AsSpan())
            {
                string last = tokens[s.EndToken - 1].Slice(text).ToString();
                Assert.DoesNotContain(last, new[] { "F.", "B.", "Mr.", "Dr.", "Gen." });
            }
        }
    }

    /// <summary>A seed file's text, tokens and sentences.</summary>
    private static (string Text, TokenBuffer Tokens, SentenceBuffer Sentences) Analyze(string path)
    {
        string text = File.ReadAllText(path);
        var tokens = new TokenBuffer();
        Tokenizer.Tokenize(text, tokens);
        var sentences = new SentenceBuffer();
        SentenceSplitter.Split(text, tokens.AsSpan(), sentences);
        return (text, tokens, sentences);
    }

    private static string[] AllTokenTexts()
    {
        var words = new List<string>();
        foreach (string path in RepoPaths.SeedFiles)
        {
            string text = File.ReadAllText(path);
            var tokens = new TokenBuffer();
            Tokenizer.Tokenize(text, tokens);
            foreach (Token t in tokens.AsSpan())
            {
                words.Add(text.Substring(t.Start, t.Length));
            }
        }

        return [.. words];
    }

    private static bool ContainsRun(string[] words, params string[] run)
    {
        for (int i = 0; i + run.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, run.Length).SequenceEqual(run))
            {
                return true;
            }
        }

        return false;
    }
}
