namespace EntityExtract.Text.Tokenization;

internal readonly ref partial struct TokenScanner
{
    /// <summary>RFC 5321 caps the part before the @ at 64 characters; it also bounds the look-ahead made at every word.</summary>
    private const int MaxEmailLocalLength = 64;

    /// <summary>RFC 1035 caps a domain name at 253 characters.</summary>
    private const int MaxDomainLength = 253;

    /// <summary>The shortest top-level domain (<c>.uk</c>).</summary>
    private const int MinTopLevelDomain = 2;

    /// <summary>An ASCII letter or digit can open a URL or an e-mail address; checking costs one vectorized scan.</summary>
    private int ScanAsciiWordStart(int pos, char c)
    {
        int length = (c | 0x20) is 'h' or 'f' or 'w' ? UrlLength(pos) : 0;
        if (length > 0)
        {
            return Emit(pos, length, TokenKind.Url);
        }

        length = EmailLength(pos);
        return length > 0 ? Emit(pos, length, TokenKind.Email) : ScanWord(pos, pos);
    }

    private int UrlLength(int pos)
    {
        ReadOnlySpan<char> rest = _text[pos..];
        int prefix = UrlPrefixLength(rest);
        if (prefix == 0)
        {
            return 0;
        }

        int length = rest.IndexOfAnyExcept(TokenChars.Url);
        length = TrimUrlEnd(rest[..(length < 0 ? rest.Length : length)]);
        return length > prefix ? length : 0;
    }

    private static int UrlPrefixLength(ReadOnlySpan<char> rest)
    {
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return 8;
        }

        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return 7;
        }

        if (rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
        {
            return 6;
        }

        return rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
    }

    /// <summary>
    /// Drops sentence punctuation that ends a URL in prose ("see https://x.org/a."), and closing
    /// brackets that open nowhere inside it, so <c>(https://x.org/a_(b))</c> keeps its own pair.
    /// </summary>
    private static int TrimUrlEnd(ReadOnlySpan<char> url)
    {
        int opens = url.Count('(') + url.Count('[');
        int closes = url.Count(')') + url.Count(']');
        int length = url.Length;
        while (length > 0)
        {
            char last = url[length - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*')
            {
                length--;
            }
            else if (last is ')' or ']' && closes > opens)
            {
                closes--;
                length--;
            }
            else
            {
                break;
            }
        }

        return length;
    }

    private int EmailLength(int pos)
    {
        ReadOnlySpan<char> rest = _text[pos..];
        ReadOnlySpan<char> window = rest[..Math.Min(rest.Length, MaxEmailLocalLength + 1)];
        int at = window.IndexOfAnyExcept(TokenChars.EmailLocal);
        if (at <= 0 || window[at] != '@')
        {
            return 0;
        }

        int domain = DomainLength(rest[(at + 1)..]);
        return domain > 0 ? at + 1 + domain : 0;
    }

    /// <summary>Dot-separated labels, at least two, the last all letters: <c>example.co.uk</c>. A final period is left out.</summary>
    private static int DomainLength(ReadOnlySpan<char> rest)
    {
        rest = rest[..Math.Min(rest.Length, MaxDomainLength)];
        int labels = 0;
        int lastLabel = 0;
        int end = 0;
        for (int i = 0; ; i = end + 1)
        {
            int label = rest[i..].IndexOfAnyExcept(TokenChars.DomainLabel);
            label = label < 0 ? rest.Length - i : label;
            if (label == 0)
            {
                break;
            }

            labels++;
            lastLabel = i;
            end = i + label;
            if (end + 1 >= rest.Length || rest[end] != '.')
            {
                break;
            }
        }

        return labels >= 2 && end - lastLabel >= MinTopLevelDomain && IsAsciiLetters(rest[lastLabel..end]) ? end : 0;
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
