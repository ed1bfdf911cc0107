using EntityExtract.Tagging;

namespace EntityExtract.Entities;

/// <summary>
/// One type per name per document: where the tagger typed one name (case folded) two ways, every
/// mention of it takes the type with the larger sum of scores (ties: the type listed first in
/// <see cref="EntityType"/>). "Valve" tagged PERSON once and ORGANIZATION twice is an organization.
/// </summary>
public static class TypeVote
{
    private const int Types = EntityTypes.Count;

    /// <summary>Rewrites the types of <paramref name="mentions"/> in place.</summary>
    public static void Apply(ReadOnlySpan<char> text, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count < 2)
        {
            return;
        }

        var keys = new string[mentions.Count];
        var votes = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var mixed = false;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            keys[i] = NameKey.Of(text[mention.Start..mention.End]);
            if (!votes.TryGetValue(keys[i], out var sums))
            {
                votes[keys[i]] = sums = new double[Types];
            }
            else if (sums[(int)mention.Type] == 0)
            {
                mixed = true;
            }

            sums[(int)mention.Type] += Math.Max(mention.Score, float.Epsilon);
        }

        if (!mixed)
        {
            return; // the usual case: every name has one type already
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var sums = votes[keys[i]];
            var best = 0;
            for (var t = 1; t < Types; t++)
            {
                if (sums[t] > sums[best])
                {
                    best = t;
                }
            }

            if ((int)mentions[i].Type != best)
            {
                mentions[i] = mentions[i] with { Type = (EntityType)best };
            }
        }
    }
}
