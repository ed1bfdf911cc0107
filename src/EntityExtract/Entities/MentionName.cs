using EntityExtract.Tagging;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities;

/// <summary>A mention's name in the forms alias matching needs.</summary>
internal readonly record struct MentionName(string Key, string Display, string[] Words, bool IsShortForm, string? Title = null, string? TitleShown = null)
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

            string? title = null, shown = null;
            if (skip > 0)
            {
                title = words[skip - 1];
                var parts = display.Split(' ');
                shown = parts[skip - 1];
                words = words[skip..];
                display = string.Join(' ', parts[skip..]);
            }

            return new MentionName(string.Join(' ', words), display, words, words.Length == 1, title, shown);
        }

        return new MentionName(string.Join(' ', words), display, words, AliasResolver.IsAcronym(display));
    }

    /// <summary>
    /// The same name keeping its title as part of it: "Mrs Howard" where the document also writes
    /// "Mr Howard" is someone else, so neither joins the other's full name by the surname alone.
    /// </summary>
    public MentionName WithTitle()
    {
        var display = TitleShown + " " + Display;
        var words = new string[Words.Length + 1];
        words[0] = Title!;
        Words.CopyTo(words, 1);
        return new MentionName(string.Join(' ', words), display, words, IsShortForm: false, Title, TitleShown);
    }
}
