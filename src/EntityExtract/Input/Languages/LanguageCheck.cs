namespace EntityExtract.Input.Languages;

/// <summary>
/// Decides whether a file is written in a language other than English, on a bounded sample of
/// its start. Built to never flag an English file: a sample too short to judge (a tweet, a
/// title), or with the function words of English prose, is English without asking a model; only
/// the rest goes to <see cref="LanguageDetector"/>, and only a confident answer counts. A sample
/// that is not prose (a league table, a list of names: mostly capitalized words) is English
/// too: the names of other countries' teams and towns are not another language's text. Measured
/// on every document of the English development sets (tests/bench/README.md, "Languages").
/// </summary>
public static class LanguageCheck
{
    /// <summary>How much of a file's text is looked at (its start).</summary>
    public const int SampleChars = 4096;

    /// <summary>Fewer words than this is too little to judge: the file is taken as English.</summary>
    public const int MinWords = 40;

    /// <summary>
    /// English prose has a quarter or more of its words among <see cref="EnglishWords"/>; a
    /// sample with at least this share is English. Lists and tables of names have fewer, and go
    /// on to the model.
    /// </summary>
    public const double EnglishShare = 0.06;

    /// <summary>
    /// A sample with this share of other languages' function words (<see cref="OtherWords"/>) is
    /// prose: German, French and Spanish news have 0.2 to 0.4; English name lists have none.
    /// </summary>
    public const double OtherShare = 0.1;

    /// <summary>
    /// A sample with this share of words not starting with a capital is prose too (for the
    /// languages without a word list): French and Spanish news have 0.8 and more, German 0.45 to
    /// 0.65; the CoNLL English tables and results lists that lack English function words have 0.57
    /// at most.
    /// </summary>
    public const double UncapitalizedShare = 0.7;

    /// <summary>How sure the model must be of another language before a file is left untagged.</summary>
    public const double MinConfidence = 0.8;

    /// <summary>The language of <paramref name="text"/> when it is confidently not English, else null.</summary>
    public static string? OtherLanguage(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleChars)];
        var counts = SampleWords.Of(sample);
        if (counts.Words < MinWords || counts.English >= counts.Words * EnglishShare || !IsProse(counts))
        {
            return null;
        }

        return LanguageDetector.Detect(sample.ToString()) is { IsEnglish: false } detected && detected.Confidence >= MinConfidence
            ? detected.Name
            : null;
    }

    /// <summary>Running text rather than a table or list of names; any text in a script other than Latin counts.</summary>
    private static bool IsProse(SampleWords counts) =>
        counts.Other >= counts.Words * OtherShare
        || counts.Uncapitalized >= counts.Words * UncapitalizedShare
        || counts.NonLatin * 2 >= counts.Words;
}
