using EntityExtract.Tagging.Memory;

namespace EntityExtract.Tagging.Features;

/// <summary>
/// Name lists compiled into the model as hashes of lower-cased token sequences, each with a bit
/// mask of the lists that contain it. Every proper prefix of an entry is also stored with
/// <see cref="PrefixBit"/>, so matching from a token stops as soon as no entry can continue.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Entries longer than this many tokens are left out when compiling.</summary>
    public const int MaxEntryTokens = 6;

    /// <summary>Lists are bits of a 32-bit mask; the top bit marks prefixes.</summary>
    public const int MaxLists = 31;

    public const uint PrefixBit = 1u << 31;

    /// <summary>The hash a sequence starts from before its first token.</summary>
    public const ulong EmptySequence = 0x2545F4914F6CDD1DUL;

    private readonly ModelBlock<uint> _masks;

    public Gazetteer(string[] listNames, KeyIndex index, ModelBlock<uint> masks)
    {
        if (index.Count > masks.Length)
        {
            throw new ArgumentException("A gazetteer needs a mask for every key.", nameof(masks));
        }

        ListNames = listNames;
        Index = index;
        _masks = masks;
    }

    /// <summary>A gazetteer of <paramref name="keys"/>, each with the mask at the same place.</summary>
    public Gazetteer(string[] listNames, ulong[] keys, uint[] masks)
        : this(listNames, KeyIndex.Build(keys), ModelBlock<uint>.Copy(masks))
    {
    }

    public string[] ListNames { get; }

    /// <summary>Sequence hash to row of <see cref="Masks"/>.</summary>
    public KeyIndex Index { get; }

    public ReadOnlySpan<uint> Masks => _masks.Span;

    /// <summary>The mask of a sequence hash built with <see cref="FeatureHash.Extend"/>, or 0.</summary>
    public uint Lookup(ulong sequence)
    {
        var row = Index.Find(sequence);
        return row < 0 ? 0 : _masks.Span[row];
    }
}
