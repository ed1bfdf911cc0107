using EntityExtract.Output;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// A table whose rows need more than one piece of text (per-file, corpus and pair tables). The
/// pipeline calls it on its output thread, in input order, so its rows come out the same at any
/// thread count.
/// </summary>
public interface IEntityTable
{
    /// <summary>The table's columns, in the order every row is written.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>Rows written so far, for the summary line.</summary>
    long Rows { get; }

    /// <summary>Counts one piece of a file; may write rows (when a file's last piece arrives).</summary>
    void Add(in PieceEntities piece, ITableWriter output);

    /// <summary>After the last piece of the run.</summary>
    void Finish(ITableWriter output);
}
