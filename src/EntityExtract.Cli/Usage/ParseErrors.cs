using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace EntityExtract.Cli.Usage;

/// <summary>
/// Turns what the parser found wrong into lines a person can act on: an unknown option named
/// with the nearest real one, a bad value with the values that would do. No .NET type name ever
/// reaches the user.
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>The lines to print, one per problem; empty when the command line is good.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parse, IReadOnlyList<string> args)
    {
        var command = parse.CommandResult.Command;
        var unknown = SingleDashLongOptions(parse, args).Concat(UnknownOptions(parse)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            // The rest follows from the unknown option (its value read as a PATH, say): leave it out.
            return [.. unknown.Select(token => UnknownOption(token, command))];
        }

        return [.. parse.Errors.Select(e => Rewrite(e, command)).Distinct(StringComparer.Ordinal)];
    }

    public static string UnknownOption(string token, Command command)
    {
        // -V and -v are how many tools spell --version; it is not one of this command's own options.
        var suggestion = token is "-V" or "-v" ? " (did you mean '--version'?)" : Suggestions.DidYouMean(token, OptionNames(command));
        if (suggestion.Length > 0)
        {
            return $"unknown option '{token}'{suggestion}";
        }

        return File.Exists(token) || Directory.Exists(token)
            ? $"unknown option '{token}' (to read the file of that name, write ./{token} or put -- before it)"
            : $"unknown option '{token}' (see '{Program(command)} --help')";
    }

    /// <summary>
    /// A first word that is neither a command nor an existing path but is one typo away from a
    /// command (<c>extact docs/</c>), or null. Anything else is left to be read as a PATH.
    /// </summary>
    public static string? UnknownCommand(string first, IEnumerable<string> commands)
    {
        if (first.Length == 0 || first.StartsWith('-') || first.IndexOfAny(['/', '\\', '.']) >= 0
            || File.Exists(first) || Directory.Exists(first))
        {
            return null;
        }

        var nearest = Suggestions.Nearest(first, commands);
        return nearest is null ? null : $"unknown command '{first}' (did you mean '{nearest}'?)";
    }

    /// <summary>
    /// A long option written with one dash (<c>-output</c>): the parser would read it as
    /// <c>-o utput</c>, so it is caught by name in the words as typed.
    /// </summary>
    private static IEnumerable<string> SingleDashLongOptions(ParseResult parse, IReadOnlyList<string> args)
    {
        var longNames = OptionNames(parse.CommandResult.Command).Where(n => n.StartsWith("--", StringComparison.Ordinal)).ToList();
        foreach (var value in args)
        {
            if (value == "--")
            {
                yield break;
            }

            if (value.Length > 2 && value[0] == '-' && value[1] != '-'
                && longNames.Any(n => string.Equals(n[2..], value[1..], StringComparison.OrdinalIgnoreCase)))
            {
                yield return value;
            }
        }
    }

    /// <summary>
    /// Option-like words the parser did not know. A command with a PATH argument takes them as
    /// paths, so its argument values are checked too; anything after <c>--</c> is a value.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parse)
    {
        var afterDoubleDash = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var seen = false;
        foreach (var token in parse.Tokens)
        {
            if (seen)
            {
                afterDoubleDash.Add(token);
            }

            seen |= token.Type == TokenType.DoubleDash;
        }

        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                if (LooksLikeOption(token.Value) && !afterDoubleDash.Contains(token))
                {
                    yield return token.Value;
                }
            }
        }

        foreach (var token in parse.UnmatchedTokens)
        {
            if (LooksLikeOption(token))
            {
                yield return token;
            }
        }
    }

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static IEnumerable<string> OptionNames(Command command)
    {
        for (var c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in c.Options.Where(o => c == command || o.Recursive))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2))
                {
                    yield return alias;
                }
            }
        }
    }

    private static string Program(Command command) =>
        command.Parents.Any() ? $"{Terminal.Stderr.Program} {command.Name}" : Terminal.Stderr.Program;

    private static string Rewrite(ParseError error, Command command)
    {
        var message = error.Message;
        if (CannotParse().Match(message) is { Success: true } bad)
        {
            return $"invalid value '{bad.Groups["value"].Value}' for {bad.Groups["option"].Value}: expected {Expected(bad.Groups["type"].Value)}";
        }

        if (Unrecognized().Match(message) is { Success: true } extra)
        {
            var token = extra.Groups["token"].Value;
            return LooksLikeOption(token) ? UnknownOption(token, command) : $"unexpected argument '{token}' (see '{Program(command)} --help')";
        }

        if (MissingValue().Match(message) is { Success: true } missing)
        {
            return $"{missing.Groups["option"].Value} needs a value";
        }

        if (RequiredOption().Match(message) is { Success: true } required)
        {
            return $"{required.Groups["option"].Value} is required (see '{Program(command)} --help')";
        }

        if (RequiredArgument().Match(message) is { Success: true } argument)
        {
            return $"{argument.Groups["argument"].Value} is required (see '{Program(command)} --help')";
        }

        if (TooMany().Match(message) is { Success: true } many)
        {
            return $"{many.Groups["option"].Value} takes one value; give it once";
        }

        return TypeName().Replace(message, "a value");
    }

    /// <summary>What a value of a .NET type is, in words.</summary>
    private static string Expected(string typeName) => typeName switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Single" or "System.Double" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        _ => "a value of the right kind",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (option|command) '(?<option>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument missing for option: '(?<option>.*)'\.$")]
    private static partial Regex MissingValue();

    [GeneratedRegex(@"^Option '(?<option>.*)' is required\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Required argument '(?<argument>.*)' missing for command: '.*'\.$")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"^Option '(?<option>.*)' expects a single argument")]
    private static partial Regex TooMany();

    [GeneratedRegex(@"'?System\.[A-Za-z0-9_.`\[\]]+'?")]
    private static partial Regex TypeName();
}
