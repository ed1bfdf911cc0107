using System.Globalization;
using EntityExtract.Entities.Tables;
using EntityExtract.Tagging;

namespace EntityExtract.Entities.Merging;

public sealed partial class EntityTableMerger
{
    private static bool HasCells(IReadOnlyList<string> cells, int count, out string? error)
    {
        error = cells.Count == count ? null : $"expected {count} cells, found {cells.Count}";
        return error is null;
    }

    private static bool TryType(string cell, out EntityType type, ref string? error)
    {
        if (EntityTypeNames.TryParseUserName(cell, out type) && cell == EntityTypeNames.ToLongName(type))
        {
            return true;
        }

        error = $"unknown entity type '{cell}'";
        return false;
    }

    /// <summary>A count: digits only, at most <see cref="long.MaxValue"/>; anything larger is refused, never wrapped.</summary>
    private static bool TryNumber(IReadOnlyList<string> cells, int at, string column, out long value, ref string? error)
    {
        if (long.TryParse(cells[at], NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        error = cells[at].Length > 0 && cells[at].All(char.IsAsciiDigit)
            ? $"{column} is too large (got '{cells[at]}'; a count holds at most {long.MaxValue})"
            : $"{column} is not a count (got '{cells[at]}')";
        return false;
    }

    /// <summary>
    /// A corpus row's names: its <c>names</c> cell, or, when that is empty, the row itself as one
    /// name. Each counted name starts an entry; the names after it without counts are its aliases.
    /// </summary>
    private static bool TryNames(string entity, long mentions, long files, string cell, out List<NameEntry> entries, ref string? error)
    {
        entries = [];
        if (cell.Length == 0)
        {
            entries.Add(new NameEntry(entity, mentions, files, []));
            return true;
        }

        var names = NameList.Parse(cell);
        if (names is null || names.Count == 0 || names[0].Counts is null)
        {
            error = $"names is not a list of names with counts (got '{cell}')";
            return false;
        }

        List<string>? aliases = null;
        long sumMentions = 0, sumFiles = 0;
        foreach (var (name, counts) in names)
        {
            if (counts is { } n)
            {
                aliases = [];
                entries.Add(new NameEntry(name, n.Mentions, n.Files, aliases));
                sumMentions = n.Mentions > long.MaxValue - sumMentions ? -1 : sumMentions + n.Mentions;
                sumFiles = n.Files > long.MaxValue - sumFiles ? -1 : sumFiles + n.Files;
            }
            else
            {
                aliases!.Add(name);
            }
        }

        if (sumMentions != mentions || sumFiles != files)
        {
            error = $"the counts in names do not add up to mentions and files (got '{cell}')";
            return false;
        }

        return true;
    }
}
