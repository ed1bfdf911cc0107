using EntityExtract.Text.Characters;

namespace EntityExtract.Tagging.Model;

/// <summary>
/// Layout of a model file (version 3):
/// <code>
/// magic "EXNERMDL" (8 bytes) | format version (uint32) | storage (uint32: 0 raw, 1 Brotli)
/// | payload length (uint64) | payload checksum (uint64) | stored length (uint64) | payload as stored
/// </code>
/// The payload is little-endian: model info, label names, hashing scheme, then the gazetteer and
/// cluster tables, the feature map of both passes, int16 weights with their scale, transitions,
/// calibration, and the first pass's weights and transitions. Every array starts at a multiple of
/// 8 bytes from the payload's start and the key maps are stored as open-addressing tables, so a
/// raw payload is used where it lies: the build embeds the default model raw and loading it
/// copies and builds nothing. Files written by <c>train</c> are Brotli-compressed. Versions 1 and 2
/// (a 36-byte header without the storage field, always Brotli, key lists instead of tables, no
/// alignment) are still read.
/// </summary>
internal static class ModelFormat
{
    public const int Version = 3;

    /// <summary>The oldest version this code still reads.</summary>
    public const int OldestReadable = 1;

    /// <summary>The first version with the storage field, aligned arrays and stored key tables.</summary>
    public const int ImageVersion = 3;

    /// <summary>Identifies the hash functions and template numbering the keys were made with.</summary>
    public const int HashingScheme = 1;

    /// <summary>Header length of versions 1 and 2.</summary>
    public const int OldHeaderLength = 8 + 4 + 8 + 8 + 8;

    /// <summary>Header length of version 3, a multiple of <see cref="Alignment"/> so that a raw payload stays aligned.</summary>
    public const int HeaderLength = 8 + 4 + 4 + 8 + 8 + 8;

    /// <summary>Arrays in a version 3 payload start at multiples of this many bytes.</summary>
    public const int Alignment = 8;

    /// <summary>Refuse absurd lengths from a damaged header before allocating anything.</summary>
    public const long MaxPayloadLength = 1L << 30;

    public static ReadOnlySpan<byte> Magic => "EXNERMDL"u8;

    /// <summary>A 64-bit FNV-style checksum over the payload, eight bytes at a time.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> data)
    {
        var hash = Fnv1a.Offset;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(data);
        foreach (var word in words)
        {
            hash = Fnv1a.Add(hash, word);
            hash ^= hash >> 29;
        }

        for (var i = words.Length * 8; i < data.Length; i++)
        {
            hash = Fnv1a.Add(hash, data[i]);
        }

        return Features.FeatureHash.Mix(hash ^ (ulong)data.Length);
    }
}
