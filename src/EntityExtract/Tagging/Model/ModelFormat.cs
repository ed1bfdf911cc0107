using EntityExtract.Text.Characters;

namespace EntityExtract.Tagging.Model;

/// <summary>
/// Layout of a model file:
/// <code>
/// magic "EXNERMDL" (8 bytes) | format version (uint32) | payload length (uint64)
/// | payload checksum (uint64) | compressed length (uint64) | Brotli-compressed payload
/// </code>
/// The payload is little-endian: model info, label names, hashing scheme, gazetteer and cluster
/// tables, feature keys, int16 weights with their scale, transitions and calibration, each array
/// written as one block so loading is a few bulk copies. Version 2 appends an optional first pass
/// (feature keys, weights, transitions) that shares the tables above, for two-pass models; version 1
/// files are still read, as one-pass models.
/// </summary>
internal static class ModelFormat
{
    public const int Version = 2;

    /// <summary>The oldest version this code still reads.</summary>
    public const int OldestReadable = 1;

    /// <summary>Identifies the hash functions and template numbering the keys were made with.</summary>
    public const int HashingScheme = 1;

    public const int HeaderLength = 8 + 4 + 8 + 8 + 8;

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
