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

    private readonly KeyIndex _index;

    public Gazetteer(string[] listNames, ulong[] keys, uint[] masks)
    {
        ListNames = listNames;
        Keys = keys;
        Masks = masks;
        _index = new KeyIndex(keys);
    }

    public string[] ListNames { get; }

    public ulong[] Keys { get; }

    public uint[] Masks { get; }

    /// <summary>The mask of a sequence hash built with <see cref="FeatureHash.Extend"/>, or 0.</summary>
    public uint Lookup(ulong sequence)
    {
        var row = _index.Find(sequence);
        return row < 0 ? 0 : Masks[row];
    }

    /// <summary>The hash a sequence starts from before its first token.</summary>
    public const ulong EmptySequence = 0x2545F4914F6CDD1DUL;
}
