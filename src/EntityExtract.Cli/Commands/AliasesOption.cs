using System.CommandLine;
using EntityExtract.Entities.Joining;

namespace EntityExtract.Cli.Commands;

/// <summary><c>--aliases FILE</c> on <c>extract</c> and <c>merge</c>: read once, a bad line is a usage error naming FILE:LINE.</summary>
internal static class AliasesOption
{
    public static Option<string?> Create() => new("--aliases")
    {
        Description = "TSV of names to join (A<TAB>B) or part (A<TAB>!B).",
        HelpName = "FILE",
    };

    /// <summary>The rules of <paramref name="path"/>; null when the option is not given.</summary>
    public static UserAliases? Load(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            return UserAliases.Read(reader, path);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(e is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file" : $"{path}: cannot read ({e.Message})");
        }
    }
}
