using System.Buffers;

namespace EntityExtract.Training.Clusters;

/// <summary>
/// Splits plain training text the way CoNLL-2003 is tokenized
/// (Penn Treebank style), so cluster keys match the words the tagger is trained on; the product
/// tokenizer splits a few things differently (URLs, emoji), which the clusters never need.
/// </summary>
/// <remarks>
/// Per whitespace-separated field: opening brackets, quotes and '$' split off the front; closing
/// punctuation splits off the back, except a period after an abbreviation, an initial or a word
/// with an inner period (U.S.); "..." and "--" stay one token; 's, 're, 've, 'll, 'd, 'm and n't
/// split off as in the treebank. Hyphenated words, numbers (1,000.50) and inner slashes stay whole.
/// </remarks>
internal static class PlainTextTokenizer
{
    private static readonly SearchValues<char> Opening = SearchValues.Create("([{\"`<$'\u201C\u2018");
    private static readonly SearchValues<char> Closing = SearchValues.Create(")]}\",;:!?%>'\u201D\u2019");
    private static readonly string[] Clitics = ["'s", "'re", "'ve", "'ll", "'d", "'m"];

    public static void Tokenize(ReadOnlySpan<char> line, List<string> tokens)
    {
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            int start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                SplitField(line[start..i], tokens);
            }
        }
    }

    private static void SplitField(ReadOnlySpan<char> field, List<string> tokens)
    {
        while (field.Length > 1 && Opening.Contains(field[0]) && !StartsWithOwnApostrophe(field))
        {
            tokens.Add(field[..1].ToString());
            field = field[1..];
        }

        int end = field.Length;
        int tailStart = tokens.Count;
        while (end > 0)
        {
            int cut = TrailingCut(field[..end]);
            if (cut == 0)
            {
                break;
            }

            tokens.Add(field.Slice(end - cut, cut).ToString());
            end -= cut;
        }

        // The trailing pieces were found back to front; the body goes before them.
        tokens.Reverse(tailStart, tokens.Count - tailStart);
        var tail = tokens.GetRange(tailStart, tokens.Count - tailStart);
        tokens.RemoveRange(tailStart, tokens.Count - tailStart);
        SplitBody(field[..end], tokens);
        tokens.AddRange(tail);
    }

    // How many characters at the end form one trailing token (0: none).
    private static int TrailingCut(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        if (text.EndsWith("..."))
        {
            return text.Length > 3 ? 3 : 0;
        }

        if (text.EndsWith("--"))
        {
            return text.Length > 2 ? 2 : 0;
        }

        char last = text[^1];
        if (last == '.')
        {
            return KeepsPeriod(text[..^1]) ? 0 : 1;
        }

        return Closing.Contains(last) ? 1 : 0;
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> stem) =>
        IsInitialism(stem) || Abbreviations.Contains(stem);

    // "J", "U.S", "p.m", "Ph.D": letters in short runs between periods. A run limit keeps
    // "Amazon.com" and numbers such as "1.5" from swallowing a sentence-final period.
    private static bool IsInitialism(ReadOnlySpan<char> stem)
    {
        const int MaxRun = 3;
        int run = 0;
        foreach (char c in stem)
        {
            if (c == '.')
            {
                if (run == 0)
                {
                    return false;
                }

                run = 0;
            }
            else if (!char.IsLetter(c) || ++run > MaxRun)
            {
                return false;
            }
        }

        return run > 0 && (run == 1 || stem.Contains('.'));
    }

    // '87 and an already separated 's or n't: the apostrophe belongs to what follows it.
    private static bool StartsWithOwnApostrophe(ReadOnlySpan<char> field)
    {
        if (field[0] is not ('\'' or '\u2019'))
        {
            return false;
        }

        if (char.IsAsciiDigit(field[1]))
        {
            return true;
        }

        foreach (string clitic in Clitics)
        {
            if (field.StartsWith(clitic, StringComparison.OrdinalIgnoreCase)
                && (field.Length == clitic.Length || !char.IsLetter(field[clitic.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static void SplitBody(ReadOnlySpan<char> body, List<string> tokens)
    {
        while (body.Length > 0)
        {
            int dash = body.IndexOf("--");
            if (dash < 0)
            {
                break;
            }

            AddWord(body[..dash], tokens);
            tokens.Add("--");
            body = body[(dash + 2)..];
        }

        AddWord(body, tokens);
    }

    private static void AddWord(ReadOnlySpan<char> word, List<string> tokens)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (word.Length > 3 && word.EndsWith("n't", StringComparison.OrdinalIgnoreCase))
        {
            tokens.Add(word[..^3].ToString());
            tokens.Add(word[^3..].ToString());
            return;
        }

        foreach (string clitic in Clitics)
        {
            if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(word[..^clitic.Length].ToString());
                tokens.Add(word[^clitic.Length..].ToString());
                return;
            }
        }

        tokens.Add(word.ToString());
    }
}
