using System.Runtime.CompilerServices;

namespace EntityExtract.Text.Characters;

/// <summary>
/// 64-bit FNV-1a, the product's one text hash: feature keys and word shapes (part of the model
/// format), the model checksum, and shard assignment by path (part of the sharding contract).
/// Changing it changes every model and every shard split.
/// </summary>
public static class Fnv1a
{
    public const ulong Offset = 14695981039346656037UL;

    public const ulong Prime = 1099511628211UL;

    /// <summary>Folds one unit (a char, a byte, or a word) into <paramref name="hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, ulong unit) => (hash ^ unit) * Prime;
}
