using System.Text;
using EntityExtract.Text.Characters;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// The form under which variants of one name count as the same entity: case folded, whitespace
/// runs collapsed, curly apostrophes and quotes straightened. "Bashar  al-Assad" and
/// "BASHAR AL-ASSAD" share a key; "Washington’s" and "Washington's" too.
/// </summary>
public static class NameKey
{
    public static string Of(ReadOnlySpan<char> name) => Collapse(name, fold: true);

    /// <summary>Whether <paramref name="name"/>'s key (<see cref="Of"/>) is <paramref name="key"/>, found without making it.</summary>
    public static bool Matches(ReadOnlySpan<char> name, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                if (length == key.Length || key[length] != ' ')
                {
                    return false;
                }

                length++;
                pendingSpace = false;
            }

            if (length == key.Length || key[length] != Fold(c))
            {
                return false;
            }

            length++;
        }

        return length == key.Length;
    }

    /// <summary>The text as users should see it: original case, whitespace runs made one space.</summary>
    public static string Display(ReadOnlySpan<char> name) => Collapse(name, fold: false);

    private static string Collapse(ReadOnlySpan<char> name, bool fold)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(fold ? Fold(c) : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The key a surname is looked up under: a folded last word without its Arabic article
    /// (<see cref="ArabicParticle.WithoutArticle"/>), so "assad" finds "bashar al-assad".
    /// </summary>
    public static string Surname(string lastWord)
    {
        var stem = ArabicParticle.WithoutArticle(lastWord);
        return stem.Length == lastWord.Length ? lastWord : stem.ToString();
    }

    private static char Fold(char c) => c switch
    {
        _ when CharClasses.IsApostropheOrStandIn(c) => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2010' or '\u2011' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
