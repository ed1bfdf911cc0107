using System.Globalization;

namespace EntityExtract.Tagging.Contextual;

/// <summary>
/// The uncased BERT tokenizer over one of our tokens: lower-cased, accents stripped, cut at
/// punctuation, then each part cut greedily into the longest pieces of the vocabulary
/// (continuations spelled <c>##…</c>). Our tokenizer has already cut at spaces, so a token is
/// one "word" here; its first piece is the one whose vector stands for the token.
/// </summary>
internal sealed class WordPieceTokenizer
{
    /// <summary>BERT's limit: a longer part is one [UNK].</summary>
    private const int MaxPartChars = 100;

    private readonly WordPieceVocabulary _vocabulary;
    private char[] _normal = new char[64];
    private readonly char[] _piece = new char[MaxPartChars + 2];

    public WordPieceTokenizer(WordPieceVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
    }

    /// <summary>Appends the piece ids of <paramref name="word"/> to <paramref name="ids"/>; a word of no pieces (only marks) gets [UNK].</summary>
    public void Append(ReadOnlySpan<char> word, List<int> ids)
    {
        var before = ids.Count;
        var normal = Normalize(word);
        var start = 0;
        for (var i = 0; i <= normal.Length; i++)
        {
            if (i < normal.Length && !IsSplit(normal[i]))
            {
                continue;
            }

            if (i > start)
            {
                AppendPart(normal[start..i], ids);
            }

            if (i < normal.Length && IsPunctuation(normal[i]))
            {
                AppendPart(normal.Slice(i, 1), ids);
            }

            start = i + 1;
        }

        if (ids.Count == before)
        {
            ids.Add(_vocabulary.Unknown);
        }
    }

    /// <summary>Lower-cased, accents of Latin letters and combining marks, control and format characters dropped.</summary>
    private ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            ascii &= c < 0x80;
        }

        if (ascii)
        {
            if (_normal.Length < word.Length)
            {
                _normal = new char[word.Length * 2];
            }

            var length = word.ToLowerInvariant(_normal);
            return _normal.AsSpan(0, length);
        }

        if (_normal.Length < word.Length)
        {
            _normal = new char[word.Length * 2];
        }

        var kept = 0;
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= FoldedFirst and < FoldedEnd)
            {
                _normal[kept++] = Folded[lower - FoldedFirst];
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(lower);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Control or UnicodeCategory.Format || lower == '\uFFFD')
            {
                continue;
            }

            _normal[kept++] = lower;
        }

        return _normal.AsSpan(0, kept);
    }

    private const char FoldedFirst = '\u00C0';
    private const char FoldedEnd = '\u0250';

    /// <summary>
    /// U+00C0 to U+024F lower-cased and without their accents (the base letter of their canonical
    /// decomposition, as BERT strips accents): the tool runs with invariant globalization, where
    /// string normalisation does not decompose. Generated with Python's unicodedata.
    /// </summary>
    private const string Folded = "aaaaaaæceeeeiiiiðnooooo×øuuuuyþßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyaaaaaaccccccccddđđeeeeeeeeeegggggggghhħħiiiiiiiiiıĳĳjjkkĸllllllŀŀłłnnnnnnŉŋŋooooooœœrrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzſƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaaaaææǥǥggkkooooʒʒjǳǳǳggƕƿnnaaææøøaaaaeeeeiiiioooorrrruuuussttȝȝhhƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ";

    /// <summary>Whitespace ends a part; punctuation and CJK ideographs end it and stand as parts of their own.</summary>
    private static bool IsSplit(char c) => char.IsWhiteSpace(c) || IsPunctuation(c);

    private static bool IsPunctuation(char c)
    {
        if (c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~')
        {
            return true;
        }

        if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF')
        {
            return true;
        }

        return c >= 0x80 && char.IsPunctuation(c);
    }

    /// <summary>Greedy longest-match WordPiece over one part.</summary>
    private void AppendPart(ReadOnlySpan<char> part, List<int> ids)
    {
        if (part.Length > MaxPartChars)
        {
            ids.Add(_vocabulary.Unknown);
            return;
        }

        var before = ids.Count;
        var start = 0;
        while (start < part.Length)
        {
            var found = -1;
            var end = part.Length;
            for (; end > start; end--)
            {
                var piece = Spell(part[start..end], continuation: start > 0);
                if (_vocabulary.TryFind(piece, out var id))
                {
                    found = id;
                    break;
                }
            }

            if (found < 0)
            {
                // No piece fits: the whole part is unknown, as in BERT.
                ids.RemoveRange(before, ids.Count - before);
                ids.Add(_vocabulary.Unknown);
                return;
            }

            ids.Add(found);
            start = end;
        }
    }

    private ReadOnlySpan<char> Spell(ReadOnlySpan<char> chars, bool continuation)
    {
        if (!continuation)
        {
            return chars;
        }

        _piece[0] = '#';
        _piece[1] = '#';
        chars.CopyTo(_piece.AsSpan(2));
        return _piece.AsSpan(0, chars.Length + 2);
    }
}
