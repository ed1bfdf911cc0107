using System.Text;
using EntityExtract.Text.Characters;
using Xunit.Abstractions;

namespace EntityExtract.Tests.Text;

/// <summary>Fast paths against their slow twins: the class table and the word-joining rules.</summary>
public sealed class TextTwinTests(ITestOutputHelper output)
{
    private const int MasterSeed = 20_240_611;
    private const int Cases = 5000;

    private const string Alphabet =
        "aaaaeeeiioouttnnssrrhhllddcmpfgwybvkjxqz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "0123456789012345678901234567890123456789" +
        "      \t\n\u00A0\u2028" + "---,,,,&&" + "()[];!?\"“”«»–—%$€£+*=";

    [Fact]
    public void Table_classes_match_the_naive_classifier_for_every_utf16_unit()
    {
        var mismatches = new List<string>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            CharClass fast = CharClasses.Of((char)c);
            CharClass naive = NaiveCharClass.Of((char)c);
            if (fast != naive)
            {
                mismatches.Add($"U+{c:X4}: table {fast}, naive {naive}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(20)));
    }

    [Fact]
    public void Fast_and_naive_tokenizers_agree_on_random_text()
    {
        var master = new Random(MasterSeed);
        for (int n = 0; n < Cases; n++)
        {
            int seed = master.Next();
            string text = RandomText(new Random(seed));
            var fast = TokenAssert.Tokenize(text).Select(t => (t.Start, t.Length)).ToList();
            List<(int Start, int Length)> naive = NaiveTokenizer.Tokenize(text);
            if (!fast.SequenceEqual(naive))
            {
                string message = $"master seed {MasterSeed}, case {n}, case seed {seed}: \"{Escape(text)}\"\n" +
                    $"fast:  {Show(text, fast)}\nnaive: {Show(text, naive)}";
                output.WriteLine(message);
                Assert.Fail(message);
            }
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        int length = random.Next(0, 40);
        for (int i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string Show(string text, List<(int Start, int Length)> tokens) =>
        string.Join(" | ", tokens.Select(t => $"{Escape(text.Substring(t.Start, t.Length))}@{t.Start}"));

    internal static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
