using System.Globalization;

namespace EntityExtract.Input.Sharding;

/// <summary>
/// <c>--shard K/N</c>: this run takes the files whose display path hashes to <c>K</c> modulo
/// <c>N</c> (see <see cref="StableHash"/>), so N runs given the same arguments split the input
/// into N disjoint parts that together hold every file, whatever order the file system lists them in.
/// </summary>
/// <param name="Index">K, from 0 to <paramref name="Count"/> - 1.</param>
/// <param name="Count">N, at least 1.</param>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole input: one shard of one.</summary>
    public static ShardSpec All { get; } = new(0, 1);

    public bool IsAll => Count == 1;

    /// <summary>The shard a display path (or a record id) belongs to, out of <paramref name="count"/>.</summary>
    public static int Of(string displayPath, int count) => (int)(StableHash.Of(displayPath) % (ulong)count);

    public bool Contains(string displayPath) => IsAll || Of(displayPath, Count) == Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Parses <c>K/N</c>; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/');
        if (slash < 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new ArgumentException($"--shard must be K/N, auto or auto/N (got '{text}')");
        }

        return Checked(index, count, text);
    }

    internal static ShardSpec Checked(int index, int count, string source)
    {
        if (count < 1)
        {
            throw new ArgumentException($"--shard: the shard count must be at least 1 (got {count} from {source})");
        }

        if (index < 0 || index >= count)
        {
            throw new ArgumentException($"--shard: the shard index must be from 0 to {count - 1} (got {index} from {source})");
        }

        return new ShardSpec(index, count);
    }
}
