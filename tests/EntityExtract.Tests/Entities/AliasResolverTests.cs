using EntityExtract.Entities.Joining;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tests.Entities;

public sealed class AliasResolverTests
{
    [Fact]
    public void Surname_title_and_shorter_forms_join_the_full_name()
    {
        const string text = "Secretary of State John F. Kerry met Lavrov. Kerry said Mr. Kerry and John Kerry agreed.";
        var canonical = Canonical(text,
            ("Secretary of State John F. Kerry", EntityType.Person),
            ("Lavrov", EntityType.Person),
            ("Kerry", EntityType.Person),
            ("Mr. Kerry", EntityType.Person),
            ("John Kerry", EntityType.Person));

        Assert.Equal(["John F. Kerry", "Lavrov", "John F. Kerry", "John F. Kerry", "John F. Kerry"], canonical);
    }

    [Fact]
    public void A_surname_without_its_arabic_article_joins_the_full_name()
    {
        const string text = "President Bashar al-Assad spoke. Assad and al-Assad agreed.";
        var canonical = Canonical(text,
            ("Bashar al-Assad", EntityType.Person),
            ("Assad", EntityType.Person),
            ("al-Assad", EntityType.Person));

        Assert.Equal(["Bashar al-Assad", "Bashar al-Assad", "Bashar al-Assad"], canonical);
    }

    [Fact]
    public void A_surname_written_before_the_full_name_still_joins_it()
    {
        const string text = "Putin arrived. Later, Vladimir Putin spoke.";

        Assert.Equal(["Vladimir Putin", "Vladimir Putin"], Canonical(text, ("Putin", EntityType.Person), ("Vladimir Putin", EntityType.Person)));
    }

    [Fact]
    public void Two_people_with_different_surnames_stay_apart()
    {
        const string text = "Sergei Lavrov and Sergei Shoigu met. Lavrov spoke.";

        Assert.Equal(
            ["Sergei Lavrov", "Sergei Shoigu", "Sergei Lavrov"],
            Canonical(text, ("Sergei Lavrov", EntityType.Person), ("Sergei Shoigu", EntityType.Person), ("Lavrov", EntityType.Person)));
    }

    [Fact]
    public void An_acronym_in_parentheses_joins_the_organization_it_follows()
    {
        const string text = "The Federal Security Service (FSB) said on Monday that the FSB had acted.";
        var canonical = Canonical(text,
            ("Federal Security Service", EntityType.Organization),
            ("FSB", EntityType.Organization),
            ("FSB", EntityType.Organization));

        Assert.Equal(["Federal Security Service", "Federal Security Service", "Federal Security Service"], canonical);
    }

    [Fact]
    public void An_acronym_that_spells_the_initials_joins_the_name()
    {
        const string text = "The United Nations met. The U.N. said the United States and the U.S. agreed.";
        var canonical = Canonical(text,
            ("United Nations", EntityType.Organization),
            ("U.N.", EntityType.Organization),
            ("United States", EntityType.Location),
            ("U.S.", EntityType.Location));

        Assert.Equal(["United Nations", "United Nations", "United States", "United States"], canonical);
    }

    [Fact]
    public void Case_space_and_apostrophe_variants_are_one_entity()
    {
        const string text = "O’Brien Group rose. O'Brien  Group fell. O'BRIEN GROUP held.";
        var entities = Resolve(text,
            ("O’Brien Group", EntityType.Organization),
            ("O'Brien  Group", EntityType.Organization),
            ("O'BRIEN GROUP", EntityType.Organization));

        Assert.Same(entities[0], entities[1]);
        Assert.Same(entities[0], entities[2]);
        Assert.Equal("O’Brien Group", entities[0].Display);
    }

    [Fact]
    public void Same_name_with_different_types_stays_apart()
    {
        const string text = "Washington said Washington would win.";
        var entities = Resolve(text, ("Washington", EntityType.Location), ("Washington", EntityType.Person));

        Assert.NotSame(entities[0], entities[1]);
    }

    private static string[] Canonical(string text, params (string Surface, EntityType Type)[] mentions) =>
        Resolve(text, mentions).Select(e => e.Display).ToArray();

    /// <summary>Places each surface form at its next occurrence in the text, as the tagger would.</summary>
    internal static NameEntity[] Resolve(string text, params (string Surface, EntityType Type)[] mentions)
    {
        var (tokens, list) = Tagged(text, mentions);
        return AliasResolver.Resolve(text, tokens.AsSpan(), list);
    }

    /// <summary>The tokens of <paramref name="text"/> and its mentions, found in order, each as tagged with a 0.9 score.</summary>
    internal static (TokenBuffer Tokens, List<Mention> Mentions) Tagged(string text, params (string Surface, EntityType Type)[] mentions)
    {
        var tokens = new TokenBuffer();
        Tokenizer.Tokenize(text, tokens);
        var list = new List<Mention>();
        var from = 0;
        foreach (var (surface, type) in mentions)
        {
            var start = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{surface}' not found after {from}");
            var end = start + surface.Length;
            var first = IndexOfToken(tokens.AsSpan(), start);
            var last = IndexOfToken(tokens.AsSpan(), end - 1);
            list.Add(new Mention(start, end, first, last - first + 1, type, 0.9f));
            from = end;
        }

        return (tokens, list);
    }

    private static int IndexOfToken(ReadOnlySpan<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Start <= offset && offset < tokens[i].End)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no token covers offset {offset}");
    }
}
