namespace EntityExtract.Tagging.Labels;

/// <summary>
/// The names of the entity types: CoNLL short names (PER, LOC, ORG, MISC) in data files and
/// reports, long names (PERSON, LOCATION, ORGANIZATION, MISC) in output tables.
/// </summary>
public static class EntityTypeNames
{
    private static readonly string[] s_short = ["PER", "LOC", "ORG", "MISC"];
    private static readonly string[] s_long = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"];

    public static string ToShortName(EntityType type) => s_short[(int)type];

    public static string ToLongName(EntityType type) => s_long[(int)type];

    /// <summary>What users may type after <c>--types</c>: long or short names, any case.</summary>
    public static bool TryParseUserName(string name, out EntityType type)
    {
        var upper = name.Trim().ToUpperInvariant();
        if (upper == "ORGANISATION")
        {
            upper = "ORGANIZATION";
        }

        for (var i = 0; i < s_long.Length; i++)
        {
            if (upper == s_long[i] || upper == s_short[i])
            {
                type = (EntityType)i;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>Parses a CoNLL type name; false for anything else (the reader reports it).</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out EntityType type)
    {
        for (var i = 0; i < s_short.Length; i++)
        {
            if (name.SequenceEqual(s_short[i]))
            {
                type = (EntityType)i;
                return true;
            }
        }

        type = default;
        return false;
    }
}
