using System.Buffers;

namespace EntityExtract.Text.Tokenization;

/// <summary>Character sets searched with vectorized <see cref="SearchValues{T}"/> instead of per-character tests.</summary>
internal static class TokenChars
{
    /// <summary>ASCII whitespace and control characters; other spaces (NBSP, U+2028) are rare and classified one by one.</summary>
    public static readonly SearchValues<char> AsciiSpace = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\v\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F \u007F");

    /// <summary>Printable ASCII a URL may hold; quotes and angle brackets delimit URLs in prose and markup.</summary>
    public static readonly SearchValues<char> Url = SearchValues.Create(
        "!#$%&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>What may come before the @ of an e-mail address (the common subset of RFC 5322).</summary>
    public static readonly SearchValues<char> EmailLocal = SearchValues.Create(
        "%+-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    /// <summary>Letters, digits and hyphen: one label of a domain name.</summary>
    public static readonly SearchValues<char> DomainLabel = SearchValues.Create(
        "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>What may follow the @ of a social media handle.</summary>
    public static readonly SearchValues<char> Handle = SearchValues.Create(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");
}
