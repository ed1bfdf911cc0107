namespace EntityExtract.Tagging.Features;

/// <summary>
/// Per-worker buffers for feature extraction over one sentence. They only grow, so a worker stops
/// allocating once it has seen its longest sentence.
/// </summary>
internal sealed class FeatureScratch
{
    public TokenInfo[] Infos = new TokenInfo[64];
    public ulong[] Keys = new ulong[64 * 64];

    /// <summary>The <see cref="KeyRole"/> of each key in <see cref="Keys"/>.</summary>
    public KeyRole[] Roles = new KeyRole[64 * 64];
    public int[] Offsets = new int[65];

    /// <summary>Gazetteer masks by [token * MaxEntryTokens + length - 1].</summary>
    public uint[] Matches = new uint[64 * Gazetteer.MaxEntryTokens];

    /// <summary>Per token and list: 0 = no match, else 1 + <see cref="Labels.BilouPosition"/>.</summary>
    public byte[] ListPositions = new byte[64 * Gazetteer.MaxLists];

    /// <summary>Per token: bit <c>list</c> set when the token is inside a match of that list.</summary>
    public uint[] ListMasks = new uint[64];

    /// <summary>Per token: bit <c>list</c> set when a match of that list, of any length, starts there.</summary>
    public uint[] StartMasks = new uint[64];

    /// <summary>Packed <see cref="DocumentHint"/> per token for the second pass (0 = none).</summary>
    public uint[] DocumentHints = new uint[64];

    public int KeyCount;

    /// <summary>
    /// Contextual codes of the document's tokens, <see cref="CodeGroups"/> per token (an accurate
    /// model's encoder, quantised), the window's first token's at <see cref="CodeStart"/>: the
    /// document's array itself, not a copy. <see cref="CodeGroups"/> is 0 when there are none.
    /// </summary>
    public int[] Codes = [];

    public int CodeStart;

    public int CodeGroups;

    /// <summary>Points at the codes of the window starting at token <paramref name="first"/> of a document (<paramref name="groups"/> 0: none).</summary>
    public void SetCodes(int[]? documentCodes, int groups, int first)
    {
        Codes = documentCodes ?? [];
        CodeGroups = documentCodes is null ? 0 : groups;
        CodeStart = first * CodeGroups;
    }

    public void EnsureTokens(int count)
    {
        if (Infos.Length < count)
        {
            // Infos, which the check reads, is replaced last: a failed allocation leaves it small.
            var size = Math.Max(count, Infos.Length * 2);
            Offsets = new int[size + 1];
            Matches = new uint[size * Gazetteer.MaxEntryTokens];
            ListPositions = new byte[size * Gazetteer.MaxLists];
            ListMasks = new uint[size];
            StartMasks = new uint[size];
            DocumentHints = new uint[size];
            Infos = new TokenInfo[size];
        }
    }

    /// <summary>The roles whose keys <see cref="AddKey"/> keeps; the others are dropped.</summary>
    public KeyRoles EmitRoles = KeyRoles.All;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddKey(ulong key, KeyRole role)
    {
        if (!EmitRoles.Has(role))
        {
            return;
        }

        if (KeyCount == Keys.Length)
        {
            Grow();
        }

        Roles[KeyCount] = role;
        Keys[KeyCount++] = key;
    }

    private void Grow()
    {
        Array.Resize(ref Keys, Keys.Length * 2);
        Array.Resize(ref Roles, Keys.Length);
    }
}
