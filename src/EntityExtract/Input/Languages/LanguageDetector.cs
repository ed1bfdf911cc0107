using Lingua;

namespace EntityExtract.Input.Languages;

/// <summary>
/// Names the language of a sample that is not plainly English, with Lingua's trigram models
/// ("low accuracy" mode, meant for texts of a sentence or more, which is what reaches it) over a
/// restricted set of languages: the models are shipped beside the tool (1.5 MB rather than the
/// package's 72 MB for 79 languages) and loaded only when a file needs them.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>
    /// The languages told apart. A text in another language is named as the nearest of these,
    /// which is still not English; Chinese, Japanese and Korean are told by their scripts alone.
    /// Keep in step with <c>LinguaLanguages</c> in EntityExtract.csproj, which ships the models.
    /// </summary>
    private static readonly Language[] Languages =
    [
        Language.English, Language.German, Language.French, Language.Spanish, Language.Italian,
        Language.Portuguese, Language.Dutch, Language.Swedish, Language.Danish, Language.Bokmal,
        Language.Finnish, Language.Polish, Language.Czech, Language.Romanian, Language.Hungarian,
        Language.Turkish, Language.Russian, Language.Ukrainian, Language.Greek, Language.Indonesian,
        Language.Catalan, Language.Arabic, Language.Chinese, Language.Japanese, Language.Korean,
    ];

    private static readonly Lazy<Lingua.LanguageDetector?> Detector = new(Build);

    /// <summary>The folder beside the tool that holds the models (LanguageModels/CODE/trigrams.json.br).</summary>
    public static string ModelsFolder => Path.Combine(AppContext.BaseDirectory, "LanguageModels");

    /// <summary>True when the models are there; without them no file is judged other than English.</summary>
    public static bool Available => Detector.Value is not null;

    /// <summary>The most likely language of <paramref name="sample"/> and how sure (0 to 1), or null without models.</summary>
    public static (string Name, bool IsEnglish, double Confidence)? Detect(string sample)
    {
        if (Detector.Value is not { } detector)
        {
            return null;
        }

        var best = Language.Unknown;
        var confidence = 0.0;
        foreach (var (language, value) in detector.ComputeLanguageConfidenceValues(sample))
        {
            if (value > confidence)
            {
                (best, confidence) = (language, value);
            }
        }

        return best == Language.Unknown ? null : (NameOf(best), best == Language.English, confidence);
    }

    private static string NameOf(Language language) => language switch
    {
        Language.Bokmal => "Norwegian",
        _ => language.ToString(),
    };

    private static Lingua.LanguageDetector? Build()
    {
        if (!File.Exists(Path.Combine(ModelsFolder, "en", "trigrams.json.br")))
        {
            return null;
        }

        return LanguageDetectorBuilder.FromLanguages(Languages)
            .WithLowAccuracyMode()
            .WithLanguageModelsDirectory(ModelsFolder)
            .Build();
    }
}
