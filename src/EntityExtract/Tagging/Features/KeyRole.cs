namespace EntityExtract.Tagging.Features;

/// <summary>
/// Which token a feature key depends on. A key of any role but <see cref="Context"/> is a function
/// of one word's characters alone (the token itself, or a neighbour at a fixed distance), so the
/// summed weight rows of those keys can be remembered per word (<see cref="WordSumCache"/>).
/// Out-of-sentence neighbours give the same boundary keys everywhere.
/// </summary>
internal enum KeyRole : byte
{
    /// <summary>Depends on more than one word or on the sentence: conjunctions, gazetteer runs, position, headline, document hints.</summary>
    Context,

    /// <summary>The token's own word: bias, word, affixes, shapes, flags, particle stem, cluster.</summary>
    Self,

    /// <summary>The word one to the left.</summary>
    Prev1,

    /// <summary>The word one to the right.</summary>
    Next1,

    /// <summary>The word two to the left.</summary>
    Prev2,

    /// <summary>The word two to the right.</summary>
    Next2,
}

/// <summary>A set of <see cref="KeyRole"/>s, one bit each.</summary>
[Flags]
internal enum KeyRoles : byte
{
    None = 0,

    /// <summary><see cref="KeyRole.Prev1"/> to <see cref="KeyRole.Next2"/>.</summary>
    Window = (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5),
    All = (1 << 6) - 1,
}

internal static class KeyRolesExtensions
{
    public static bool Has(this KeyRoles roles, KeyRole role) => ((int)roles & (1 << (int)role)) != 0;

    public static bool HasAny(this KeyRoles roles, KeyRoles any) => (roles & any) != 0;

    public static KeyRoles With(this KeyRoles roles, KeyRole role) => (KeyRoles)((int)roles | (1 << (int)role));
}
