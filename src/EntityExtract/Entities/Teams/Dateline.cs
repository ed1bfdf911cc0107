namespace EntityExtract.Entities.Teams;

/// <summary>
/// Whether a place at the start of a line is a dateline: what follows it on the line is a date
/// (<c>1996-08-30</c>, <c>30/08/1996</c>, <c>Aug 30</c>) or a news agency in parentheses
/// (<c>(Reuters)</c>), after at most one more place set off by a comma ("NICE, France 1996-08-30").
/// </summary>
internal static class Dateline
{
    /// <summary>Characters of the line looked at; a dateline is short.</summary>
    private const int Window = 48;

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Whether <paramref name="before"/>, the text before a place, lets it be part of a dateline: the
    /// place starts its line, or follows one short place at the line's start and a comma ("WIGAN, ").
    /// </summary>
    public static bool Starts(ReadOnlySpan<char> before)
    {
        if (before.IsEmpty)
        {
            return true;
        }

        var tail = before[Math.Max(0, before.Length - Window - 1)..]; // a longer line is no dateline
        var newline = tail.LastIndexOfAny('\n', '\r');
        if (newline < 0 && tail.Length < before.Length)
        {
            return false;
        }

        var line = tail[(newline + 1)..];
        return line.IsEmpty || line.EndsWith(',') && !line.ContainsAnyInRange('0', '9') && line.Count(' ') < 4;
    }

    /// <summary>Whether <paramref name="after"/>, the text after a place that may start a dateline, makes it one.</summary>
    public static bool Follows(ReadOnlySpan<char> after)
    {
        var line = after[..Math.Min(after.Length, Window)];
        var newline = line.IndexOfAny('\n', '\r');
        if (newline >= 0)
        {
            line = line[..newline];
        }

        line = line.TrimStart(' ');
        if (line.StartsWith(','))
        {
            // ", France" or ", Calif." before the date
            line = line[1..].TrimStart(' ');
            var words = 0;
            while (line.Length > 0 && char.IsUpper(line[0]) && words < 3)
            {
                var end = 0;
                while (end < line.Length && (char.IsLetter(line[end]) || line[end] is '.' or '\'' or '-'))
                {
                    end++;
                }

                line = line[end..].TrimStart(' ');
                words++;
            }

            line = line.TrimStart(',').TrimStart(' ');
        }

        return IsDate(line) || IsAgency(line);
    }

    private static bool IsDate(ReadOnlySpan<char> line)
    {
        var first = Digits(line);
        if (first > 0)
        {
            // 1996-08-30, or 30/08/1996 and 30.08.96 (two separators: a score "2-1" has one)
            if (first + 1 >= line.Length || line[first] is not ('-' or '/' or '.'))
            {
                return false;
            }

            var second = Digits(line[(first + 1)..]);
            if (first == 4)
            {
                return second is 1 or 2;
            }

            var rest = line[(first + 1 + second)..];
            return first <= 2 && second is 1 or 2 && rest.Length > 1 && rest[0] == line[first] && Digits(rest[1..]) is 2 or 4;
        }

        if (line.Length < 3)
        {
            return false;
        }

        foreach (var month in Months)
        {
            if (line.StartsWith(month, StringComparison.OrdinalIgnoreCase))
            {
                var rest = line[3..].TrimStart(Letters).TrimStart('.').TrimStart(' ');
                return rest.Length > 0 && char.IsAsciiDigit(rest[0]);
            }
        }

        return false;
    }

    private static bool IsAgency(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith('('))
        {
            return false;
        }

        var close = line.IndexOf(')');
        return close is > 2 and <= 13 && !line[1..close].ContainsAnyExcept(Letters);
    }

    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static int Digits(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiDigit(text[n]))
        {
            n++;
        }

        return n;
    }
}
