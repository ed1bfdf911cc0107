namespace EntityExtract.Evaluation;

/// <summary>
/// conlleval's rules for where a span ends and starts between two adjacent tags, extended the way
/// common BIOES-aware versions of the script extend them (S- and E-B pairs). For IOB1/IOB2 input
/// (no E- or S- tags) the rules are exactly those of the original perl script, including its
/// treatment of I- after O or after another type as the start of a new span.
/// </summary>
internal static class ConllSpanRules
{
    // Index order: O, B, I, E, S. [prev * 5 + current].
    private static readonly bool[] s_end = Table(
        "BB", "BO", "BS", "IB", "IS", "IO", "EE", "EI", "EO", "ES", "EB", "SE", "SI", "SO", "SS", "SB");

    private static readonly bool[] s_start = Table(
        "BB", "IB", "OB", "SB", "EB", "BS", "IS", "OS", "SS", "ES", "OI", "SI", "EI", "SE", "EE", "OE");

    /// <summary>True when a span that includes <paramref name="prev"/> ends before <paramref name="current"/>.</summary>
    public static bool EndOfSpan(ConllTag prev, ConllTag current) =>
        s_end[(Index(prev.Prefix) * 5) + Index(current.Prefix)] || (!prev.IsOutside && prev.TypeIndex != current.TypeIndex);

    /// <summary>True when a span starts at <paramref name="current"/>.</summary>
    public static bool StartOfSpan(ConllTag prev, ConllTag current) =>
        s_start[(Index(prev.Prefix) * 5) + Index(current.Prefix)] || (!current.IsOutside && prev.TypeIndex != current.TypeIndex);

    private static int Index(char prefix) => prefix switch
    {
        'B' => 1,
        'I' => 2,
        'E' => 3,
        'S' => 4,
        _ => 0,
    };

    private static bool[] Table(params string[] pairs)
    {
        var table = new bool[25];
        foreach (var pair in pairs)
        {
            table[(Index(pair[0]) * 5) + Index(pair[1])] = true;
        }

        return table;
    }
}
