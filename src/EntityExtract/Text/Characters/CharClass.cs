namespace EntityExtract.Text.Characters;

/// <summary>
/// What the tokenizer needs to know about one UTF-16 unit. The punctuation classes are split
/// finely because each one has its own joining rule (a hyphen joins words, a dash never does).
/// </summary>
internal enum CharClass : byte
{
    /// <summary>Whitespace, line breaks, control and invisible format characters: never inside a token.</summary>
    Space,
    Lower,
    Upper,

    /// <summary>Letters without case (CJK, Arabic, modifier letters) and letter-like numbers (², ½).</summary>
    Letter,
    Digit,

    /// <summary>Combining marks, variation selectors and the zero-width joiners: they continue the word before them.</summary>
    Mark,
    Period,
    Comma,

    /// <summary>' and ’: an apostrophe inside a word, a closing single quote elsewhere.</summary>
    Apostrophe,

    /// <summary>Hyphens that join words (- ‐ ‑), unlike dashes.</summary>
    Hyphen,
    Dash,
    Quote,
    Open,
    Close,

    /// <summary>! ? … and their wide forms: they end a sentence.</summary>
    Terminal,
    Punct,
    Currency,
    Symbol,
    At,
    Hash,

    /// <summary>Pictographs in the Basic Multilingual Plane (☀ ✈ ❤); astral emoji are found through <see cref="Surrogate"/>.</summary>
    Emoji,
    Surrogate,
}
