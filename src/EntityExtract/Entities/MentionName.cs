using EntityExtract.Tagging;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities;

/// <summary>A mention's name in the forms alias matching needs.</summary>
internal readonly record struct MentionName(string Key, string Display, string[] Words, bool IsShortForm)
{
    public static MentionName Of(ReadOnlySpan<char> text, in Mention mention)
    {
        var surface = text[mention.Start..mention.End];
        var display = NameKey.Display(surface);
        var words = NameKey.Of(surface).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (mention.Type == EntityType.Person)
        {
            // "Secretary of State John F. Kerry" is filed under "John F. Kerry".
            var skip = 0;
            while (skip < words.Length - 1 && WordLists.PersonTitles.Contains(words[skip]))
            {
                skip++;
            }

            // "Sir Nicholas" keeps its title: the name is a first name, matched as one later.
            if (skip > 0 && skip == words.Length - 1 && Honours.TakesFirstName(words[skip - 1]))
            {
                skip--;
            }

            if (skip > 0)
            {
                words = words[skip..];
                display = string.Join(' ', display.Split(' ')[skip..]);
            }
        }

        var isShort = mention.Type == EntityType.Person ? words.Length == 1 : AliasResolver.IsAcronym(display);
        return new MentionName(string.Join(' ', words), display, words, isShort);
    }
}
