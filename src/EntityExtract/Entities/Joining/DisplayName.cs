namespace EntityExtract.Entities.Joining;

/// <summary>
/// Which written form names an entity, by a rule that does not depend on the order files are
/// read in: a form with lower-case letters over one in ALL CAPS (a dateline's <c>WASHINGTON</c>
/// loses to <c>Washington</c>), then the form with more mentions, then the ordinally smaller.
/// </summary>
public static class DisplayName
{
    /// <summary>Whether <paramref name="form"/> (weighing <paramref name="weight"/>) is a better name than the current best.</summary>
    public static bool IsBetter(string form, long weight, string? best, long bestWeight)
    {
        if (best is null)
        {
            return true;
        }

        var caps = IsAllCaps(form);
        if (caps != IsAllCaps(best))
        {
            return !caps;
        }

        return weight != bestWeight ? weight > bestWeight : string.CompareOrdinal(form, best) < 0;
    }

    /// <summary>Letters, none of them lower case: <c>WASHINGTON</c>, <c>U.S.</c>.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> form)
    {
        var letters = false;
        foreach (var c in form)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters |= char.IsLetter(c);
        }

        return letters;
    }
}
