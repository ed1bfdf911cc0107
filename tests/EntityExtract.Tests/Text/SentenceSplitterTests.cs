using EntityExtract.Text;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Full_stops_end_sentences() =>
        SentenceAssert.Sentences("He went home. She stayed.", "He went home.", "She stayed.");

    [Fact]
    public void Question_and_exclamation_marks_end_sentences() =>
        SentenceAssert.Sentences("Really? Yes! Good?! Fine.", "Really?", "Yes!", "Good?!", "Fine.");

    [Fact]
    public void Titles_never_end_a_sentence() =>
        SentenceAssert.Sentences(
            "Mr. Smith went to Washington. He met Dr. Jones and Gen. Dempsey at St. Paul's.",
            "Mr. Smith went to Washington.", "He met Dr. Jones and Gen. Dempsey at St. Paul's.");

    [Fact]
    public void Initials_never_end_a_sentence() =>
        SentenceAssert.Sentences("Secretary of State John F. Kerry met Sergei Lavrov. It went well.",
            "Secretary of State John F. Kerry met Sergei Lavrov.", "It went well.");

    [Theory]
    [InlineData("The talks were held in the U.S. The next round is in Moscow.", "The talks were held in the U.S.", "The next round is in Moscow.")]
    [InlineData("He joined Apple Inc. He left in 2010.", "He joined Apple Inc.", "He left in 2010.")]
    [InlineData("He arrived at 5 p.m. The meeting began.", "He arrived at 5 p.m.", "The meeting began.")]
    [InlineData("Tanks, jets etc. But no troops.", "Tanks, jets etc.", "But no troops.")]
    [InlineData("It sent a note to the U.N. It was ignored.", "It sent a note to the U.N.", "It was ignored.")]
    public void Sentence_final_abbreviations_end_a_sentence_before_an_opener(string text, string first, string second) =>
        SentenceAssert.Sentences(text, first, second);

    [Theory]
    [InlineData("The U.S. Army said so.")]
    [InlineData("Apple Inc. Chief Executive Tim Cook spoke.")]
    [InlineData("The U.S. defense chief took office in February.")]
    [InlineData("He lives on St. Mark's Place with Dr. Who.")]
    public void Abbreviations_inside_names_do_not_split(string text) => SentenceAssert.Sentences(text, text);

    [Theory]
    [InlineData("He said \"yes.\" Then he left.", "He said \"yes.\"", "Then he left.")]
    [InlineData("(He left.) Then she came.", "(He left.)", "Then she came.")]
    [InlineData("The “agreement.” He said no.", "The “agreement.”", "He said no.")]
    [InlineData("It ended in the U.S.) Then", "It ended in the U.S.)", "Then")]
    [InlineData("He paused. \"Why?\" she asked.", "He paused.", "\"Why?\" she asked.")]
    public void Closing_quotes_and_brackets_stay_with_their_sentence(string text, string first, string second) =>
        SentenceAssert.Sentences(text, first, second);

    [Theory]
    [InlineData("\"Why?\" he asked.")]
    [InlineData("“Stop!” she shouted.")]
    [InlineData("He paused... and went on.")]
    [InlineData("Prices rose 5.5 percent.")]
    public void A_lower_case_word_continues_the_sentence(string text) => SentenceAssert.Sentences(text, text);

    [Fact]
    public void An_ellipsis_before_a_capital_ends_a_sentence() =>
        SentenceAssert.Sentences("He paused... Then he went on.", "He paused...", "Then he went on.");

    [Theory]
    [InlineData("First line\n\nsecond line")]
    [InlineData("First line\r\n\r\nsecond line")]
    [InlineData("First line\r\rsecond line")]
    [InlineData("First line\n \t \nsecond line")]
    [InlineData("First line\u2029second line")]
    [InlineData("First line\fsecond line")]
    public void A_blank_line_always_ends_a_sentence(string text) =>
        SentenceAssert.Sentences(text, "First line", "second line");

    [Fact]
    public void An_abbreviation_before_a_blank_line_ends_the_sentence() =>
        SentenceAssert.Sentences("It was held in the U.S.\n\nNext", "It was held in the U.S.", "Next");

    [Fact]
    public void An_empty_token_list_has_no_sentences()
    {
        var output = new SentenceBuffer();
        SentenceSplitter.Split("", ReadOnlySpan<Token>.Empty, output);
        Assert.Equal(0, output.Count);
    }

    [Fact]
    public void Long_sentences_are_cut_at_the_limit()
    {
        int max = TextLimits.MaxSentenceTokens;
        string text = string.Join(' ', Enumerable.Repeat("word", (2 * max) + 88));
        var tokens = new TokenBuffer();
        Tokenizer.Tokenize(text, tokens);
        var output = new SentenceBuffer();
        SentenceSplitter.Split(text, tokens.AsSpan(), output);
        Assert.Equal([new(0, max), new(max, max), new(2 * max, 88)], output.AsSpan().ToArray());
    }
}
