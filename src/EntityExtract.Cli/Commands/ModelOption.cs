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

    public static EntityTagger Load(string? path)
    {
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
