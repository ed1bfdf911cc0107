using System.CommandLine;
using System.CommandLine.Parsing;
using EntityExtract.Cli.Usage;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// An option whose value is one of an enum's names, written and read in lower case
/// (<c>--group corpus</c>); a wrong value is answered with the values that would do, never
/// with the enum's .NET type name.
/// </summary>
internal static class EnumOption
{
    public static Option<T> Create<T>(string name, string description, T defaultValue, string helpName)
        where T : struct, Enum => new(name)
        {
            Description = description,
            HelpName = helpName,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => Parse<T>(result, name),
        };

    /// <summary>Like <see cref="Create{T}"/>, for an option whose absence means "not given".</summary>
    public static Option<T?> CreateOptional<T>(string name, string description, string helpName)
        where T : struct, Enum => new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => result.Tokens.Count == 0 ? null : Parse<T>(result, name),
        };

    /// <summary>The lower-case name a user writes for <paramref name="value"/>.</summary>
    public static string NameOf<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>"none, file or corpus".</summary>
    public static string Choices<T>()
        where T : struct, Enum
    {
        var names = Enum.GetValues<T>().Select(NameOf).ToArray();
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    private static T Parse<T>(ArgumentResult result, string name)
        where T : struct, Enum
    {
        var typed = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(NameOf(value), typed, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var suggestion = Suggestions.DidYouMean(typed, Enum.GetValues<T>().Select(NameOf));
        result.AddError($"invalid value '{typed}' for {name}{suggestion}; expected {Choices<T>()}");
        return default;
    }
}
