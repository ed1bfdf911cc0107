using System.Globalization;
using System.Text;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// The <c>types</c> cell of a corpus row: the forms that files typed otherwise than the row, each
/// with its mentions per type, <c>MILWAUKEE (LOCATION 4) | Milwaukee (LOCATION 1; ORGANIZATION 3)</c>.
/// Empty when every mention was typed as the row is. A place and an organization written alike
/// are one name across files (<see cref="CorpusNames.SharedType"/>), typed by the majority of
/// its mentions; <c>merge</c> reads these counts back to take the same majority over all shards,
/// which the row's one type alone could not tell it. Forms are escaped as in the <c>names</c> cell.
/// </summary>
public static class TypeCounts
{
    /// <summary>Appends one form with its mentions per type (types in their fixed order; zeros left out).</summary>
    public static void Append(StringBuilder cell, string form, ReadOnlySpan<long> types)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Length > 0)
        {
            cell.Append(" | ");
        }

        foreach (var c in form)
        {
            if (c is '\\' or '|' or '(')
            {
                cell.Append('\\');
            }

            cell.Append(c);
        }

        cell.Append(" (");
        var first = true;
        for (var t = 0; t < types.Length; t++)
        {
            if (types[t] > 0)
            {
                cell.Append(first ? "" : "; ").Append(EntityTypeNames.ToLongName((EntityType)t)).Append(' ')
                    .Append(types[t].ToString(CultureInfo.InvariantCulture));
                first = false;
            }
        }

        cell.Append(')');
    }

    /// <summary>Whether any of <paramref name="types"/>' mentions is of a type other than <paramref name="type"/>.</summary>
    public static bool Differs(ReadOnlySpan<long> types, EntityType type)
    {
        for (var t = 0; t < types.Length; t++)
        {
            if (t != (int)type && types[t] > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The forms of a cell with their mentions per type; null when the cell is malformed.</summary>
    public static Dictionary<string, long[]>? Parse(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var result = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var i = 0;
        while (i < cell.Length)
        {
            var form = new StringBuilder();
            while (i < cell.Length && cell[i] != '(' && cell[i] != '|')
            {
                form.Append(cell[i] == '\\' && i + 1 < cell.Length ? cell[++i] : cell[i]);
                i++;
            }

            var close = cell.IndexOf(')', i);
            if (i == cell.Length || cell[i] != '(' || form.Length < 2 || form[^1] != ' ' || close < 0)
            {
                return null;
            }

            var types = new long[EntityTypes.Count];
            foreach (var part in cell[(i + 1)..close].Split("; "))
            {
                var space = part.LastIndexOf(' ');
                if (space < 0 || !EntityTypeNames.TryParseUserName(part[..space], out var type)
                    || part[..space] != EntityTypeNames.ToLongName(type) || types[(int)type] != 0
                    || !long.TryParse(part.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count == 0)
                {
                    return null;
                }

                types[(int)type] = count;
            }

            if (!result.TryAdd(form.ToString(0, form.Length - 1), types))
            {
                return null;
            }

            i = close + 1;
            if (i < cell.Length)
            {
                if (string.CompareOrdinal(cell, i, " | ", 0, 3) != 0)
                {
                    return null;
                }

                i += 3;
            }
        }

        return result;
    }
}
