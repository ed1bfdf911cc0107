using EntityExtract.Input.Sharding;

namespace EntityExtract.Input.Records;

/// <summary>How records are read from JSON Lines input.</summary>
public sealed record JsonlOptions
{
    /// <summary>The member whose value (a string or a number) goes in the <c>file</c> column.</summary>
    public string IdField { get; init; } = "id";

    /// <summary>The member holding the text to read, a string.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>Records are sharded by id, so one large stream can be split over many runs.</summary>
    public ShardSpec Shard { get; init; } = ShardSpec.All;

    /// <summary>The longest line taken as a record (see <see cref="RecordLimits.MaxLineBytes"/>).</summary>
    public int MaxLineBytes { get; init; } = RecordLimits.MaxLineBytes;
}
