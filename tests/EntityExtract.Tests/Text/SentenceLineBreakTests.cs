namespace EntityExtract.Tests.Text;

/// <summary>Single line breaks: headlines, bylines and datelines end a sentence; hard-wrapped prose does not.</summary>
public sealed class SentenceLineBreakTests
{
    [Fact]
    public void A_headline_ends_at_its_line_break() =>
        SentenceAssert.Sentences(
            "Kerry and Putin meet in Moscow, seek way forward on ending Syrian war\nMOSCOW — Russian President Vladimir Putin and Secretary of State John F. Kerry agreed to talks.",
            "Kerry and Putin meet in Moscow, seek way forward on ending Syrian war",
            "MOSCOW — Russian President Vladimir Putin and Secretary of State John F. Kerry agreed to talks.");

    [Fact]
    public void Bylines_and_datelines_are_their_own_sentences() =>
        SentenceAssert.Sentences(
            "EU rejects German call to boycott British lamb .\nPeter Blackburn\nBRUSSELS 1996-08-22\nThe European Commission said on Thursday it disagreed .",
            "EU rejects German call to boycott British lamb .", "Peter Blackburn", "BRUSSELS 1996-08-22",
            "The European Commission said on Thursday it disagreed .");

    [Fact]
    public void Hard_wrapped_prose_is_one_sentence()
    {
        string text =
            "Defense chiefs from the United States and Russia held their first direct\n" +
            "talks in more than a year Friday, reflecting Washington’s mounting anxiety\n" +
            "about Russian military escalation in Syria.";
        SentenceAssert.Sentences(text, text);
    }

    [Fact]
    public void A_wrapped_line_before_a_capitalized_name_does_not_split()
    {
        string text =
            "The conversation marked the first time that the defense secretary has spoken with\n" +
            "Shoigu since the U.S. defense chief took office in February, officials said.";
        SentenceAssert.Sentences(text, text);
    }

    [Fact]
    public void A_short_first_line_of_wrapped_prose_before_lower_case_does_not_split() =>
        SentenceAssert.Sentences("He said\nthat it was over.", "He said\nthat it was over.");

    [Theory]
    [InlineData("Dear John,\nThanks for the letter.")]
    [InlineData("Talks between Russia and\nUkraine resumed.")]
    [InlineData("The two sides agreed on a plan —\nOfficials called it a start.")]
    public void A_line_ending_in_carrying_punctuation_continues(string text) => SentenceAssert.Sentences(text, text);

    [Fact]
    public void Crlf_line_breaks_behave_like_lf() =>
        SentenceAssert.Sentences("Peter Blackburn\r\nBRUSSELS 1996-08-22\r\nThe Commission said so.", "Peter Blackburn", "BRUSSELS 1996-08-22", "The Commission said so.");

    [Fact]
    public void A_full_stop_at_the_end_of_a_line_ends_the_sentence() =>
        SentenceAssert.Sentences("It rained.\nThe game went on.", "It rained.", "The game went on.");

    [Fact]
    public void Numbered_list_items_keep_their_number() =>
        SentenceAssert.Sentences("1. Fatuma Roba (Ethiopia) 2:26:05\n2. Valentina Yegorova (Russia) 2:28:05",
            "1. Fatuma Roba (Ethiopia) 2:26:05", "2. Valentina Yegorova (Russia) 2:28:05");

    [Fact]
    public void Table_rows_are_separate_sentences() =>
        SentenceAssert.Sentences("NEW YORK 73 54 .575\nBALTIMORE 67 60 .528\nBOSTON 64 65 .496",
            "NEW YORK 73 54 .575", "BALTIMORE 67 60 .528", "BOSTON 64 65 .496");

    [Fact]
    public void A_bullet_line_starts_a_sentence() =>
        SentenceAssert.Sentences("IRAQ\n- Editorial lambasts Talabani.", "IRAQ", "- Editorial lambasts Talabani.");
}
