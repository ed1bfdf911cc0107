using EntityExtract.Output;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// A table that keeps the run's rows back and writes them when the run ends, with cells known only
/// then (<c>extract --entity</c>). The pieces' rows reach it as <see cref="PieceEntities.Rows"/>.
/// </summary>
public interface ISpoolingTable : IEntityTable
{
    /// <summary>Where the workers write the rows, in <paramref name="sink"/>'s form; called once, before the first piece.</summary>
    IRowSpool OpenSpool(ITableSink sink);
}
