using EntityExtract.Tagging;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tests.Tagging;

/// <summary>Builds a one-sentence document from pre-split tokens and tags it.</summary>
internal static class TestText
{
    public static List<(string Text, EntityType Type)> Tag(EntityTagger tagger, params string[] words)
    {
        var text = string.Join(' ', words);
        var tokens = Tokens(words);
        var mentions = new List<Mention>();
        tagger.TagDocument(text, tokens, [new SentenceSpan(0, tokens.Length)], tagger.CreateWorkspace(), mentions, []);
        return mentions.Select(m => (text[m.Start..m.End], m.Type)).ToList();
    }

    /// <summary>The tokens of <paramref name="words"/> joined by single spaces.</summary>
    public static Token[] Tokens(string[] words)
    {
        var tokens = new Token[words.Length];
        var offset = 0;
        for (var i = 0; i < words.Length; i++)
        {
            tokens[i] = new Token(offset, words[i].Length, TokenKind.Word);
            offset += words[i].Length + 1;
        }

        return tokens;
    }
}
