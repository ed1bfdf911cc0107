using System.Text;
using EntityExtract.Text.Characters;

namespace EntityExtract.Input.Sharding;

/// <summary>
/// A hash of a display path that never changes between machines, runtimes or releases (unlike
/// <see cref="string.GetHashCode()"/>, which is randomised per process): 64-bit FNV-1a over the
/// path's UTF-8 bytes, finished with a xor-shift-multiply mix so that the low bits used by a
/// small modulus depend on every input bit. Which shard a file lands in is part of the product's
/// contract, so this function must never change.
/// </summary>
public static class StableHash
{
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<byte> small = stackalloc byte[256];
        var length = Encoding.UTF8.GetByteCount(text);
        var bytes = length <= small.Length ? small[..length] : new byte[length];
        Encoding.UTF8.GetBytes(text, bytes);
        return Mix(HashBytes(bytes));
    }

    internal static ulong HashBytes(ReadOnlySpan<byte> bytes)
    {
        var hash = Fnv1a.Offset;
        foreach (var b in bytes)
        {
            hash = Fnv1a.Add(hash, b);
        }

        return hash;
    }

    /// <summary>The 64-bit finaliser of MurmurHash3: every output bit depends on every input bit.</summary>
    private static ulong Mix(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccd;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53;
        hash ^= hash >> 33;
        return hash;
    }
}
