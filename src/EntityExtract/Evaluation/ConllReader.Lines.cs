namespace EntityExtract.Evaluation;

public static partial class ConllReader
{
    private static readonly char[] s_separators = [' ', '\t'];

    /// <summary>
    /// Splits a token line. Every token line of a file must have the same number of columns as the
    /// first one: a changed count almost always means a token with a space in it or a lost column.
    /// </summary>
    private static (string Token, ConllTag Tag, char Letter) SplitLine(string path, int lineNumber, ReadOnlySpan<char> line, ref int expectedColumns)
    {
        var columns = line.ToString().Split(s_separators, StringSplitOptions.RemoveEmptyEntries);
        if (columns.Length < 2)
        {
            throw new ConllFormatException(path, lineNumber, $"expected a token and a tag separated by whitespace, found {columns.Length} column(s)");
        }

        if (expectedColumns == 0)
        {
            expectedColumns = columns.Length;
        }
        else if (columns.Length != expectedColumns)
        {
            throw new ConllFormatException(path, lineNumber, $"expected {expectedColumns} columns like the first token line, found {columns.Length}");
        }

        if (!TryParseTag(columns[^1], out var tag))
        {
            throw new ConllFormatException(path, lineNumber, $"unknown tag '{columns[^1]}' (expected O or B-/I-/E-/S-/L-/U- followed by PER, LOC, ORG or MISC)");
        }

        return (columns[0], tag, columns[^1][0]);
    }

    /// <summary>Parses one tag; BILOU's L and U are stored as conlleval's E and S.</summary>
    public static bool TryParseTag(ReadOnlySpan<char> text, out ConllTag tag)
    {
        tag = ConllTag.Outside;
        if (text.SequenceEqual("O"))
        {
            return true;
        }

        if (text.Length < 3 || text[1] != '-')
        {
            return false;
        }

        var prefix = text[0] switch
        {
            'B' => 'B',
            'I' => 'I',
            'E' or 'L' => 'E',
            'S' or 'U' => 'S',
            _ => '\0',
        };
        if (prefix == '\0' || !Tagging.EntityTypeNames.TryParse(text[2..], out var type))
        {
            return false;
        }

        tag = ConllTag.Create(prefix, type);
        return true;
    }
}
