using EntityExtract.Text.Tokenization;

namespace EntityExtract.Text.Sentences;

/// <summary>
/// Where a new article starts inside one piece of text, so that document evidence never flows
/// between unrelated articles of a feed, a dump or a newsletter held in one file. A sentence
/// starts an article when it opens a line and that line is either a <c>-DOCSTART-</c> marker, or
/// a headline after a blank line: a short line (at most <see cref="MaxHeadlineChars"/> characters)
/// that does not end like a sentence part (<c>. , ; :</c>) and is followed at once, without a blank
/// line, by a line that starts like a sentence (capital, digit, quote or bracket). Paragraphs of
/// one article separated by blank lines (one line each) do not match, so their evidence stays
/// shared; a hard-wrapped paragraph whose first line ends without punctuation and whose second
/// line starts with a capital may be cut, which only narrows evidence.
/// </summary>
public static class ArticleBoundary
{
    /// <summary>Longest line taken for a headline.</summary>
    public const int MaxHeadlineChars = 200;

    private const string DocStart = "-DOCSTART-";

    /// <summary>
    /// Fills <paramref name="starts"/> with the first token of every article after the first, in
    /// order. The tagger finds them once per document (its document evidence stays inside an
    /// article) and hands them on, so that entity resolution cuts at the same places.
    /// </summary>
    public static void Find(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<SentenceSpan> sentences, List<int> starts)
    {
        ArgumentNullException.ThrowIfNull(starts);
        starts.Clear();
        var articleStart = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.FirstToken > articleStart && StartsArticle(text, tokens[sentence.FirstToken].Start))
            {
                starts.Add(sentence.FirstToken);
                articleStart = sentence.FirstToken;
            }
        }
    }

    /// <summary>True when the sentence whose first token starts at <paramref name="start"/> begins a new article.</summary>
    public static bool StartsArticle(ReadOnlySpan<char> text, int start)
    {
        var lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }

        if (lineStart == 0 || text[lineStart - 1] is not ('\n' or '\r'))
        {
            return false; // not first on its line (the piece's own start needs no boundary)
        }

        var lineEnd = text[start..].IndexOfAny('\n', '\r');
        lineEnd = lineEnd < 0 ? text.Length : start + lineEnd;
        var line = text[start..lineEnd].TrimEnd();
        if (line.StartsWith(DocStart, StringComparison.Ordinal))
        {
            return true;
        }

        if (!FollowsBlankLine(text, lineStart) || line.Length == 0 || line.Length > MaxHeadlineChars || line[^1] is '.' or ',' or ';' or ':')
        {
            return false;
        }

        if (lineEnd >= text.Length)
        {
            return false;
        }

        var next = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        return StartsLikeSentence(text[next..]);
    }

    /// <summary>True when the line before the one starting at <paramref name="lineStart"/> holds only white space.</summary>
    private static bool FollowsBlankLine(ReadOnlySpan<char> text, int lineStart)
    {
        var i = lineStart - 1; // the line break ending the previous line
        if (text[i] == '\n' && i > 0 && text[i - 1] == '\r')
        {
            i--;
        }

        i--;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r';
    }

    private static bool StartsLikeSentence(ReadOnlySpan<char> rest)
    {
        var trimmed = rest.TrimStart(" \t");
        if (trimmed.IsEmpty || trimmed[0] is '\n' or '\r')
        {
            return false;
        }

        var c = trimmed[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018';
    }
}
