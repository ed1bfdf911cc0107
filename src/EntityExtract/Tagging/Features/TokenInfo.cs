using System.Runtime.InteropServices;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Tagging.Features;

/// <summary>What the feature templates need to know about one token, computed once per token and reused by its neighbours.</summary>
[StructLayout(LayoutKind.Auto)]
internal struct TokenInfo
{
    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong ShortShape;
    public TokenFlags Flags;

    /// <summary>Lower-cased hash of the name without an Arabic particle ("al-Assad" → "assad"); equals <see cref="Lower"/> for other words.</summary>
    public ulong Stem;

    /// <summary>Whether the word starts with an Arabic particle (see <see cref="ArabicParticle"/>).</summary>
    public bool HasParticle;

    /// <summary>Up to <see cref="ClusterTable.MaxPathBits"/> leading bits of the word's cluster path; meaningful when <see cref="ClusterLength"/> &gt; 0.</summary>
    public uint ClusterBits;
    public byte ClusterLength;
}
