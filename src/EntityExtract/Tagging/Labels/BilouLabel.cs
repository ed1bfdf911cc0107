namespace EntityExtract.Tagging.Labels;

/// <summary>
/// The tagger's 17 labels as small integers: 0 is outside, and entity type <c>t</c> owns
/// <c>1 + 4t + position</c>. The numbering is part of the model file format (weights are stored
/// label by label), so it must not change without bumping the format version.
/// </summary>
internal static class BilouLabel
{
    public const int Outside = 0;
    public const int Count = 1 + (4 * EntityTypes.Count);

    /// <summary>Pseudo label for "before the first token"; rows of the transition matrix use it.</summary>
    public const int Start = Count;

    private static readonly bool[] s_allowed = BuildAllowed();

    public static int Make(int type, BilouPosition position) => 1 + (type * 4) + (int)position;

    /// <summary>Entity type of a label, or -1 for outside.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) >> 2;

    public static BilouPosition PositionOf(int label) => (BilouPosition)((label - 1) & 3);

    /// <summary>True when a token may carry <paramref name="next"/> after one labelled <paramref name="prev"/> (<see cref="Start"/> for none).</summary>
    public static bool CanFollow(int prev, int next) => s_allowed[(prev * Count) + next];

    /// <summary>A sentence may not stop inside an entity.</summary>
    public static bool CanEnd(int label)
    {
        if (label == Outside)
        {
            return true;
        }

        var position = PositionOf(label);
        return position is BilouPosition.Last or BilouPosition.Unit;
    }

    public static string Name(int label) => label == Outside
        ? "O"
        : "BILU"[(int)PositionOf(label)] + "-" + EntityTypeNames.ToShortName((EntityType)TypeOf(label));

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(Count + 1) * Count];
        for (var prev = 0; prev <= Count; prev++)
        {
            for (var next = 0; next < Count; next++)
            {
                allowed[(prev * Count) + next] = IsValid(prev, next);
            }
        }

        return allowed;
    }

    private static bool IsValid(int prev, int next)
    {
        var prevOpen = prev != Start && prev != Outside && PositionOf(prev) is BilouPosition.Begin or BilouPosition.Inside;
        var nextContinues = next != Outside && PositionOf(next) is BilouPosition.Inside or BilouPosition.Last;
        if (prevOpen)
        {
            // An open entity must be continued by the same type.
            return nextContinues && TypeOf(prev) == TypeOf(next);
        }

        return !nextContinues;
    }
}
