using System.Globalization;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Training;

/// <summary>
/// One gold training file and how to learn from it, written
/// <c>PATH[,weight=W][,unlabelled=TYPES]</c> (e.g. <c>uner-ewt/train.iob2,unlabelled=MISC</c>).
/// <see cref="Weight"/> scales the perceptron updates of its sentences. <see cref="UnlabelledTypes"/> names types the file does not annotate
/// (UNER has no MISC; WNUT-17's MISC is works and products only): where such a file says O, a
/// predicted name of one of those types is not counted as an error, so the file never teaches
/// "not MISC".
/// </summary>
public sealed record TrainingSource(string Path, float Weight, byte UnlabelledTypes)
{
    /// <summary>Largest <see cref="Weight"/>: above 1 a file counts as if it were repeated.</summary>
    public const float MaxWeight = 4;

    public static TrainingSource Parse(string spec)
    {
        ArgumentException.ThrowIfNullOrEmpty(spec);
        var parts = spec.Split(',');
        var settings = 0;
        while (settings < parts.Length - 1 && parts[parts.Length - 1 - settings].Contains('=', StringComparison.Ordinal))
        {
            settings++;
        }

        var path = string.Join(',', parts[..^settings]);
        var weight = 1f;
        byte unlabelled = 0;
        foreach (var setting in parts[^settings..])
        {
            var (key, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            switch (key)
            {
                case "weight" when float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) && w > 0 && w <= MaxWeight:
                    weight = w;
                    break;
                case "unlabelled":
                    foreach (var name in value.Split('+', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!EntityTypeNames.TryParseUserName(name, out var type))
                        {
                            throw new ArgumentException($"Training file '{spec}': unknown type '{name}'.", nameof(spec));
                        }

                        unlabelled |= (byte)(1 << (int)type);
                    }

                    break;
                default:
                    throw new ArgumentException($"Training file '{spec}': '{setting}' is not weight=W (above 0, at most 4), or unlabelled=TYPE[+TYPE].", nameof(spec));
            }
        }

        return new TrainingSource(path, weight, unlabelled);
    }
}
