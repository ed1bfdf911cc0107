namespace EntityExtract.Tagging.Features;

/// <summary>
/// What the first pass decided about a token's word across its whole document, packed in one
/// <see cref="uint"/> per token so the second pass can read it without allocating. Zero means "no
/// evidence". The field layout is part of the model format (the values go into hashed keys).
/// </summary>
internal static class DocumentHint
{
    /// <summary>Bits 0–4: the first-pass label of the token itself, plus one.</summary>
    public static int Self(uint hint) => (int)(hint & 31);

    /// <summary>Bits 5–7: the most frequent first-pass outcome of the word in the document (type + 1, or 5 for "outside").</summary>
    public static int Majority(uint hint) => (int)((hint >> 5) & 7);

    /// <summary>Bits 8–10: the most frequent entity type of the word in the document, plus one (0 = never inside an entity).</summary>
    public static int EntityMajority(uint hint) => (int)((hint >> 8) & 7);

    /// <summary>Bits 11–15: type + 1 and position of the longest multi-token first-pass name in the document that contains the word (0 = none).</summary>
    public static int Longer(uint hint) => (int)((hint >> 11) & 31);

    /// <summary>The type of the longest multi-token first-pass name that contains the word (the low three bits of <see cref="Longer"/>), or null for none.</summary>
    public static EntityType? LongerType(uint hint) => (Longer(hint) & 7) is var type and > 0 ? (EntityType)(type - 1) : null;

    public static uint Pack(int self, int majority, int entityMajority, int longerType, int longerPosition) =>
        (uint)self | ((uint)majority << 5) | ((uint)entityMajority << 8) | (longerType == 0 ? 0u : ((uint)longerType | ((uint)longerPosition << 3)) << 11);
}
