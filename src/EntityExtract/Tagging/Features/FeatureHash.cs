using System.Runtime.CompilerServices;
using EntityExtract.Text.Characters;

namespace EntityExtract.Tagging.Features;

/// <summary>
/// 64-bit hashing of characters and feature keys. Text is hashed with FNV-1a straight from spans
/// (no strings), and keys are finished with the SplitMix64 mixer so that the low bits used as
/// table slots are well spread. The constants are part of the model format.
/// </summary>
internal static class FeatureHash
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>Hash of "no value", used for padding positions before and after a sentence.</summary>
    public const ulong Boundary = 0x5BD1E9955BD1E995UL;

    public static ulong Chars(ReadOnlySpan<char> text)
    {
        var hash = Fnv1a.Offset;
        foreach (var c in text)
        {
            hash = Fnv1a.Add(hash, c);
        }

        return hash;
    }

    /// <summary>Hash of the lower-cased characters; equals <see cref="Chars"/> of the lower-cased text.</summary>
    public static ulong LowerChars(ReadOnlySpan<char> text)
    {
        var hash = Fnv1a.Offset;
        foreach (var c in text)
        {
            var lower = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            hash = Fnv1a.Add(hash, lower);
        }

        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(FeatureTemplate template, ulong value) => NonZero(Mix(value + ((ulong)template * Golden)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(FeatureTemplate template, ulong first, ulong second) =>
        NonZero(Mix(Mix(first + ((ulong)template * Golden)) ^ second));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(FeatureTemplate template, ulong first, ulong second, ulong third) =>
        NonZero(Mix(Mix(Mix(first + ((ulong)template * Golden)) ^ second) + third));

    /// <summary>Extends the hash of a token sequence by one token (gazetteer entries are matched this way).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Extend(ulong sequence, ulong token) => NonZero(Mix((sequence * Fnv1a.Prime) ^ token));

    /// <summary>Key 0 marks an empty slot in <see cref="KeyIndex"/>, so no real key may be 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong NonZero(ulong key) => key == 0 ? 1 : key;
}
