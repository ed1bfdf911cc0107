namespace EntityExtract.Input.Languages;

/// <summary>
/// Function words of the European languages most often met beside English (German, French,
/// Spanish, Italian, Portuguese, Dutch, the Scandinavian languages, Polish), none of them an
/// English word (so not "no", "do", "con", "um"). Their share is the evidence that a sample is prose in another language rather
/// than English about foreign places: a league table of Yugoslav clubs has none of them.
/// </summary>
internal static class OtherWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // German
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine", "einer", "einen",
        "für", "auf", "sich", "auch", "wird", "wurde", "hat", "sind", "von", "zu", "im", "bei", "nach", "über",
        "aber", "oder", "wie", "dass", "noch", "nur", "vor", "gegen", "seine", "seiner", "ihre", "zum", "zur",
        // French
        "le", "la", "les", "et", "est", "des", "du", "une", "que", "qui", "dans", "pour", "sur", "pas",
        "avec", "au", "aux", "sont", "été", "il", "elle", "ils", "ce", "cette", "mais", "ou", "selon", "leur",
        // Spanish and Portuguese
        "el", "los", "las", "y", "por", "del", "una", "para", "es", "su", "sus", "se", "lo", "como",
        "pero", "más", "este", "esta", "fue", "han", "os", "uma", "não", "com", "da",
        "em", "na", "ao", "dos", "das", "foi", "são",
        // Italian
        "di", "che", "è", "per", "della", "delle", "dei", "nel", "nella", "non", "sono", "gli", "ha",
        // Dutch
        "het", "een", "van", "op", "zijn", "niet", "met", "voor", "ook", "maar", "wordt", "werd", "naar",
        // Swedish, Danish, Norwegian
        "och", "att", "det", "är", "på", "för", "med", "som", "inte", "og", "af", "er", "til", "ikke",
        "en", "ett", "har", "av", "fra",
        // Polish
        "się", "nie", "jest", "że", "na", "do", "oraz", "jak", "przez", "od",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => word.Length <= 6 && Lookup.Contains(word);
}
