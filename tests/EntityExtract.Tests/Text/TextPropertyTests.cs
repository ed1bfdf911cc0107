using System.Text;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;
using Xunit.Abstractions;

namespace EntityExtract.Tests.Text;

/// <summary>Random text of every kind (astral characters, lone surrogates, controls, NUL, web fragments): nothing throws and the invariants hold.</summary>
public sealed class TextPropertyTests(ITestOutputHelper output)
{
    private const int MasterSeed = 7_340_033;
    private const int Cases = 3000;

    private static readonly string[] s_fragments =
    [
        "U.S.", "al-Assad", "don't", "O'Brien", "’s", "'", "https://x.org/a_(b)).", "www.y.com", "a@b.co", "@h", "#t",
        "...", "…", "--", "—", "1,234.5", "-7", "$", "%", "Mr.", "F.", "a.m.", "\"", "“", "”", "(", ")", ".", "?!",
        "😀", "👨\u200D👩", "🇺🇸", "\uFE0F", "\u200D", "\u0301", "𝐀", "\r\n", "\n\n", "\u2029", "\u00A0", "\0", "\t",
    ];

    [Fact]
    public void Tokenizer_and_splitter_keep_their_invariants_on_random_unicode()
    {
        var master = new Random(MasterSeed);
        var tokens = new TokenBuffer(16);
        var sentences = new SentenceBuffer();
        for (int n = 0; n < Cases; n++)
        {
            int seed = master.Next();
            string text = RandomText(new Random(seed));
            string? problem;
            try
            {
                tokens.Clear();
                sentences.Clear();
                Tokenizer.Tokenize(text, tokens);
                SentenceSplitter.Split(text, tokens.AsSpan(), sentences);
                problem = TokenInvariants.Check(text, tokens.AsSpan().ToArray())
                    ?? TokenInvariants.CheckSentences(tokens.Count, sentences.AsSpan().ToArray());
            }
            catch (Exception e)
            {
                problem = e.ToString();
            }

            if (problem is not null)
            {
                string message = $"master seed {MasterSeed}, case {n}, case seed {seed}: {problem}\ntext: \"{TextTwinTests.Escape(text)}\"";
                output.WriteLine(message);
                Assert.Fail(message);
            }
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        int pieces = random.Next(0, 30);
        for (int i = 0; i < pieces; i++)
        {
            switch (random.Next(8))
            {
                case 0: builder.Append(s_fragments[random.Next(s_fragments.Length)]); break;
                case 1: builder.Append((char)random.Next(0, 0x10000)); break;
                case 2: builder.Append(char.ConvertFromUtf32(RandomAstral(random))); break;
                case 3: builder.Append((char)random.Next(0, 0x20)); break;
                case 4: builder.Append((char)random.Next(0x21, 0x7F)); break;
                case 5: builder.Append(' '); break;
                case 6: builder.Append(random.Next(2) == 0 ? '\uD83D' : '\uDE00'); break;
                default: builder.Append('x', random.Next(1, random.Next(20) == 0 ? 600 : 12)); break;
            }
        }

        return builder.ToString();
    }

    private static int RandomAstral(Random random) =>
        random.Next(3) == 0 ? random.Next(0x1F300, 0x1FAFF) : random.Next(0x10000, 0x110000);
}
