using EntityExtract.Tagging;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Entities;

/// <summary>
/// Decides, within one document, which mentions name the same entity: case and spacing
/// variants; a person's surname or shorter form ("Kerry", "Mr. Kerry", "John Kerry") with the
/// full name ("Secretary of State John F. Kerry"); an acronym with the name it abbreviates,
/// whether given in parentheses ("Federal Security Service (FSB)") or matching the initials
/// ("United Nations" … "U.N.").
/// </summary>
public static partial class AliasResolver
{
    /// <summary>Returns, for each mention in order, the entity it belongs to.</summary>
    public static NameEntity[] Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var names = new MentionName[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            names[i] = MentionName.Of(text, mentions[i]);
        }

        return Resolve(text, tokens, mentions, names);
    }

    internal static NameEntity[] Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Mention> mentions, MentionName[] names)
    {
        var acronyms = ParenthesizedAcronyms(text, tokens, mentions, names);
        var result = new NameEntity[mentions.Count];
        var found = new FoundEntities();

        // Full forms first, so that a short form can join a full name written later too.
        foreach (var pass in new[] { true, false })
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                if (names[i].IsShortForm == pass)
                {
                    continue;
                }

                var name = names[i];
                var type = mentions[i].Type;
                if (!found.ByKey.TryGetValue((type, name.Key), out var entity))
                {
                    entity = FindLonger(found, type, name, mentions[i].Start, result, mentions)
                        ?? FindByAcronym(found, acronyms, type, name)
                        ?? found.Add(type, name);
                    found.ByKey.TryAdd((type, name.Key), entity);
                }

                result[i] = entity;
                found.Resolved(i, entity);
            }
        }

        return result;
    }
}
