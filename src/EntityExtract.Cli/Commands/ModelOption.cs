using System.CommandLine;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Model;

namespace EntityExtract.Cli.Commands;

/// <summary><c>--model FILE</c>, and turning it into a loaded tagger or a one-line usage error.</summary>
internal static class ModelOption
{
    public static Option<string?> Create() => new("--model")
    {
        Description = "A model file to use instead of the built-in one.",
        HelpName = "FILE",
    };

    public static Option<bool> CreateAccurate() => new("--accurate")
    {
        Description = "More accurate off news, ~100x slower (README).",
    };

    /// <summary>The model of <c>--model</c>, else the accurate one with <c>--accurate</c>, else the built-in one.</summary>
    public static EntityTagger Load(string? path, bool accurate = false)
    {
        if (accurate && path is not null)
        {
            throw new UsageException("--accurate and --model cannot be combined (an accurate model file given to --model tags accurately by itself)");
        }

        if (accurate)
        {
            try
            {
                return EntityTagger.Accurate;
            }
            catch (ModelFormatException e)
            {
                throw new UsageException(e.Message);
            }
        }

        if (path is null)
        {
            return EntityTagger.Default;
        }

        try
        {
            return EntityTagger.Load(path);
        }
        catch (Exception e) when (e is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
    }
}
