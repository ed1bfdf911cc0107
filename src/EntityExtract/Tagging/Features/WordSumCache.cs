using System.Runtime.CompilerServices;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Features;

/// <summary>
/// Per-worker memo of weight sums by word, and of what <see cref="TokenInfo"/> says about the
/// word. Most of a token's feature keys depend on one word only (<see cref="KeyRole"/>), and text
/// repeats its words, so the 17-label sums of those keys, for both passes of a two-pass model, are
/// looked up once per word and role and then reused: a token costs five remembered rows plus its
/// context keys instead of some fifty hash probes. Integer sums do not depend on grouping, so
/// scores are exactly those of summing key by key, whatever the cache holds or has forgotten.
/// </summary>
/// <remarks>
/// Two-way set associative, the less recently used word of a set making room, so frequent words
/// stay while a long tail of rare ones passes through. A word is identified by the 64-bit hashes
/// of its characters and of its lower-cased characters, the hashes its feature keys are built
/// from. One extra entry, <see cref="Boundary"/>, stands for the words beyond either end of a
/// sentence, whose window keys are the same boundary keys everywhere.
/// </remarks>
internal sealed class WordSumCache
{
    /// <summary>Roles kept per word: <see cref="KeyRole.Self"/> to <see cref="KeyRole.Next2"/>.</summary>
    public const int Roles = 5;

    /// <summary>Ints per word and role: the first pass's 17 label sums, then the second pass's.</summary>
    public const int Stride = 2 * BilouLabel.Count;

    /// <summary>
    /// Words kept at most: about 5.6 MB of sums per worker. On 20 MB of news (one thread, CPU
    /// seconds on a shared machine) 8,192 and 32,768 words ran within 5% of each other and
    /// 131,072 ran slower, its sums no longer fitting the processor's caches.
    /// </summary>
    public const int DefaultEntries = 8192;

    private const int Ways = 2;

    /// <summary>The bit of <c>_filled</c> that says the word's <see cref="TokenInfo"/> is kept (role bits are 1 to 5).</summary>
    private const byte InfoBit = 1 << (int)KeyRole.Context;

    private readonly ulong[] _words;
    private readonly ulong[] _lowers;
    private readonly byte[] _filled;
    private readonly TokenInfo[] _infos;
    private readonly byte[] _recent;
    private readonly int _setMask;
    private object? _owner;

    public WordSumCache(int entries = DefaultEntries)
    {
        var sets = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, entries / Ways));
        _setMask = sets - 1;
        Boundary = sets * Ways;
        _words = new ulong[Boundary + 1];
        _lowers = new ulong[Boundary + 1];
        _filled = new byte[Boundary + 1];
        _infos = new TokenInfo[Boundary + 1];
        _recent = new byte[sets];
        Sums = new int[(Boundary + 1) * Roles * Stride];
    }

    /// <summary>The entry of out-of-sentence neighbours.</summary>
    public int Boundary { get; }

    /// <summary>The sums, <see cref="Stride"/> ints per word and role, at <see cref="Offset"/>.</summary>
    public int[] Sums { get; }

    /// <summary>Sums belong to one model: a different <paramref name="owner"/> empties the cache.</summary>
    public void Use(object owner)
    {
        if (!ReferenceEquals(owner, _owner))
        {
            _owner = owner;
            _filled.AsSpan().Clear();
        }
    }

    /// <summary>
    /// The entry of the word with these hashes; a word not held takes the place of the less recently
    /// used word of its set, with no role filled. Entries of other words may be reused by any later call.
    /// </summary>
    public int Resolve(ulong word, ulong lower)
    {
        var set = (int)FeatureHash.Mix(word) & _setMask;
        var entry = set * Ways;
        if (_words[entry] == word && _lowers[entry] == lower)
        {
            _recent[set] = 0;
            return entry;
        }

        if (_words[entry + 1] == word && _lowers[entry + 1] == lower)
        {
            _recent[set] = 1;
            return entry + 1;
        }

        var way = 1 - _recent[set];
        _recent[set] = (byte)way;
        entry += way;
        _words[entry] = word;
        _lowers[entry] = lower;
        _filled[entry] = 0;
        return entry;
    }

    /// <summary>Copies the word's <see cref="TokenInfo"/> into <paramref name="info"/> if the entry has it.</summary>
    public bool TryCopyInfo(int entry, ref TokenInfo info)
    {
        if ((_filled[entry] & InfoBit) == 0)
        {
            return false;
        }

        info = _infos[entry];
        return true;
    }

    public void SetInfo(int entry, in TokenInfo info)
    {
        _infos[entry] = info;
        _filled[entry] |= InfoBit;
    }

    /// <summary>Whether <paramref name="entry"/> still belongs to the word with these hashes.</summary>
    public bool Holds(int entry, ulong word, ulong lower) => _words[entry] == word && _lowers[entry] == lower;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsFilled(int entry, KeyRole role) => (_filled[entry] & (1 << (int)role)) != 0;

    public void MarkFilled(int entry, KeyRole role) => _filled[entry] |= (byte)(1 << (int)role);

    /// <summary>Index into <see cref="Sums"/> of an entry's sums for <paramref name="role"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Offset(int entry, KeyRole role) => ((entry * Roles) + (int)role - (int)KeyRole.Self) * Stride;
}
