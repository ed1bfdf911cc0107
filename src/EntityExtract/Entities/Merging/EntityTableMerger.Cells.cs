using System.Globalization;
using EntityExtract.Entities.Tables;
using EntityExtract.Tagging;

namespace EntityExtract.Entities.Merging;

public sealed partial class EntityTableMerger
{
    /// <summary>The type and entity cells starting at <paramref name="at"/>.</summary>
    private static bool TryRead(IReadOnlyList<string> cells, int at, out EntityType type, out string entity, out string? error)
    {
        type = default;
        entity = "";
        error = null;
        if (cells.Count != (at == 0 ? CorpusTable.CorpusColumns.Length : FileTable.FileColumns.Length))
        {
            error = $"expected {(at == 0 ? CorpusTable.CorpusColumns.Length : FileTable.FileColumns.Length)} cells, found {cells.Count}";
            return false;
        }

        if (!EntityTypeNames.TryParseUserName(cells[at], out type) || cells[at] != EntityTypeNames.ToLongName(type))
        {
            error = $"unknown entity type '{cells[at]}'";
            return false;
        }

        entity = cells[at + 1];
        return true;
    }

    private static bool TryNumber(IReadOnlyList<string> cells, int at, string column, out long value, ref string? error)
    {
        if (long.TryParse(cells[at], NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= int.MaxValue)
        {
            return true;
        }

        error = $"{column} is not a count (got '{cells[at]}')";
        return false;
    }

    /// <summary>An entity's totals over a run; <see cref="NamingFile"/> is the file its name came from, when known.</summary>
    private sealed record CorpusTotal(string Display, string? NamingFile, int Mentions, int Files);

    /// <summary>An entity in one file.</summary>
    private sealed record FileEntry(string Display, int Mentions, int FirstLine, long FirstStart)
    {
        /// <summary>The same file seen in two tables (given twice): counts add, the first position names it.</summary>
        public FileEntry Join(FileEntry other)
        {
            var first = (FirstLine, FirstStart).CompareTo((other.FirstLine, other.FirstStart)) <= 0 ? this : other;
            return first with { Mentions = Mentions + other.Mentions };
        }
    }
}
