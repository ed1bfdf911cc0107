namespace EntityExtract.Text.Lexicon;

/// <summary>
/// The word lists of the tokenizer, the sentence splitter, the tagger's mention rules and name
/// grouping, each read from its resource on first use
/// and shared by all threads afterwards.
/// </summary>
internal static class WordLists
{
    private const string Resources = "EntityExtract.Text.Resources.";

    private static readonly Lazy<WordList> s_abbreviations = new(() => WordList.FromResource(Resources + "abbreviations.txt"));
    private static readonly Lazy<WordList> s_numberAbbreviations = new(() => WordList.FromResource(Resources + "number_abbreviations.txt"));
    private static readonly Lazy<WordList> s_sentenceFinal = new(() => WordList.FromResource(Resources + "sentence_final_abbreviations.txt"));
    private static readonly Lazy<WordList> s_sentenceStarters = new(() => WordList.FromResource(Resources + "sentence_starters.txt"));
    private static readonly Lazy<WordList> s_lineContinuations = new(() => WordList.FromResource(Resources + "line_continuations.txt"));
    private static readonly Lazy<WordList> s_notPersonAlone = new(() => WordList.FromResource(Resources + "not_person_alone.txt"));
    private static readonly Lazy<WordList> s_personOnlyIfNamed = new(() => WordList.FromResource(Resources + "person_only_if_named.txt"));
    private static readonly Lazy<WordList> s_datePreceders = new(() => WordList.FromResource(Resources + "date_preceders.txt", ignoreCase: true));
    private static readonly Lazy<WordList> s_personTitles = new(() => WordList.FromResource(Resources + "person_titles.txt", ignoreCase: true));

    /// <summary>Words, written without their period, that keep a following period (<c>Mr</c>, <c>Inc</c>, <c>Sept</c>).</summary>
    public static WordList Abbreviations => s_abbreviations.Value;

    /// <summary>Words that are abbreviations only before a number (<c>No. 5</c> but <c>said no.</c>).</summary>
    public static WordList NumberAbbreviations => s_numberAbbreviations.Value;

    /// <summary>Abbreviations, with their periods, that often end a sentence (<c>U.S.</c>, <c>Inc.</c>, <c>etc.</c>).</summary>
    public static WordList SentenceFinalAbbreviations => s_sentenceFinal.Value;

    /// <summary>Capitalized words that usually begin a sentence (<c>The</c>, <c>He</c>, <c>But</c>).</summary>
    public static WordList SentenceStarters => s_sentenceStarters.Value;

    /// <summary>Lower-case words (<c>and</c>, <c>of</c>, <c>the</c>) after which a line break cannot end a headline.</summary>
    public static WordList LineContinuations => s_lineContinuations.Value;

    /// <summary>Lower-case words (<c>he</c>, <c>i</c>, <c>said</c>, <c>mr</c>) that are never a person's name standing alone.</summary>
    public static WordList NotPersonAlone => s_notPersonAlone.Value;

    /// <summary>Lower-case months and weekdays (<c>april</c>, <c>may</c>, <c>friday</c>): a person's name alone only where the text names that person in full.</summary>
    public static WordList PersonOnlyIfNamed => s_personOnlyIfNamed.Value;

    /// <summary>Words (<c>in</c>, <c>since</c>, <c>last</c>) after which a month or weekday is a date (any case).</summary>
    public static WordList DatePreceders => s_datePreceders.Value;

    /// <summary>Titles and offices written before a person's name (<c>Mr.</c>, <c>Justice</c>, <c>Secretary</c>, <c>of</c>), any case.</summary>
    public static WordList PersonTitles => s_personTitles.Value;
}
