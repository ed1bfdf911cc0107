using System.CommandLine;
using System.CommandLine.Help;
using System.Text;

namespace EntityExtract.Cli.Help;

/// <summary>
/// The text of <c>--help</c>, at most <see cref="Width"/> columns wide: the top level leads with
/// usage, the common options of <c>extract</c> and examples; a command's page lists its options
/// in groups (<see cref="HelpGroups"/>). Each option's words are its <c>Description</c>, so help
/// and code cannot drift; a default is stated there, once, or added here when it is not.
/// </summary>
internal static class HelpPage
{
    public const int Width = 80;
    private const int Indent = 2;
    private const int Gap = 2;

    public static string For(Command command)
    {
        var page = new StringBuilder();
        if (command is RootCommand root)
        {
            WriteRoot(page, root);
        }
        else
        {
            WriteCommand(page, command);
        }

        return page.ToString();
    }

    private static void WriteRoot(StringBuilder page, RootCommand root)
    {
        var extract = root.Subcommands.First(c => c.Name == "extract");
        Paragraph(page, root.Description!);
        page.Append('\n');
        page.Append("Usage: entity-extract [extract] PATH... [options]\n");
        page.Append("       entity-extract COMMAND [options]\n\n");
        page.Append("Common options:\n");
        Rows(page, HelpGroups.Common.Select(name => Find(extract, name)).OfType<Symbol>());
        page.Append("\nExamples:\n");
        foreach (var example in HelpGroups.Examples)
        {
            page.Append(' ', Indent).Append(example).Append('\n');
        }

        page.Append("\nCommands:\n");
        Columns(page, root.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, FirstSentence(c.Description))).ToList());
        page.Append('\n');
        Paragraph(page, "Every option of a command: 'entity-extract COMMAND --help'. Also: -h, --help; --version.");
    }

    private static void WriteCommand(StringBuilder page, Command command)
    {
        page.Append("Usage: ").Append(Usage(command)).Append("\n\n");
        Paragraph(page, command.Description ?? string.Empty);
        var shown = new HashSet<Symbol>();
        foreach (var (title, names) in command.Name is "extract" or "tokenize" ? HelpGroups.Run : [])
        {
            var members = names.Select(name => Find(command, name)).OfType<Symbol>().ToList();
            if (members.Count > 0)
            {
                page.Append('\n').Append(title).Append(":\n");
                Rows(page, members);
                shown.UnionWith(members);
            }
        }

        var rest = command.Arguments.Cast<Symbol>().Concat(command.Options.Where(o => o is not HelpOption && !o.Hidden))
            .Where(s => !shown.Contains(s)).ToList();
        if (rest.Count > 0)
        {
            page.Append('\n').Append(shown.Count > 0 ? "Other options" : "Options").Append(":\n");
            Rows(page, rest);
        }
    }

    private static string Usage(Command command)
    {
        var arguments = string.Concat(command.Arguments.Select(a => a.Arity.MaximumNumberOfValues > 1 ? $" {a.Name}..." : $" {a.Name}"));
        var name = command.Name == "extract" ? "[extract]" : command.Name;
        return $"entity-extract {name}{arguments} [options]";
    }

    private static Symbol? Find(Command command, string name) =>
        (Symbol?)command.Arguments.FirstOrDefault(a => a.Name == name)
        ?? command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));

    private static void Rows(StringBuilder page, IEnumerable<Symbol> symbols) =>
        Columns(page, symbols.Select(s => (Label(s), Text(s))).ToList());

    private static string Label(Symbol symbol) => symbol switch
    {
        Argument argument => argument.Arity.MaximumNumberOfValues > 1 ? argument.Name + "..." : argument.Name,
        Option option => string.Join(", ", option.Aliases.Where(a => a.Length == 2).Append(option.Name))
            + (option.ValueType == typeof(bool) ? string.Empty : " " + (option.HelpName ?? "VALUE")),
        _ => symbol.Name,
    };

    private static string Text(Symbol symbol)
    {
        var text = symbol.Description ?? string.Empty;
        if (symbol is Option { Required: true })
        {
            return text + " Required.";
        }

        if (symbol is Option option && option.HasDefaultValue && option.ValueType != typeof(bool)
            && !text.Contains("default", StringComparison.OrdinalIgnoreCase)
            && option.GetDefaultValue() is { } value)
        {
            var shown = value is Enum ? value.ToString()!.ToLowerInvariant() : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            return $"{text} (default: {shown})";
        }

        return text;
    }

    private static string FirstSentence(string? text)
    {
        text ??= string.Empty;
        var end = text.IndexOf(": ", StringComparison.Ordinal);
        end = end < 0 ? text.IndexOf(". ", StringComparison.Ordinal) : end;
        return (end < 0 ? text : text[..end]).TrimEnd('.') + ".";
    }

    /// <summary>Two columns, the second wrapped under itself; a long first column gets a line of its own.</summary>
    private static void Columns(StringBuilder page, IReadOnlyList<(string Label, string Text)> rows)
    {
        const int labelWidth = 22;
        var textColumn = Indent + labelWidth + Gap;
        foreach (var (label, text) in rows)
        {
            var lines = Wrap(text, Width - textColumn);
            page.Append(' ', Indent).Append(label);
            if (label.Length > labelWidth)
            {
                page.Append('\n').Append(' ', textColumn);
            }
            else
            {
                page.Append(' ', textColumn - Indent - label.Length);
            }

            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    page.Append(' ', textColumn);
                }

                page.Append(lines[i]).Append('\n');
            }

            if (lines.Count == 0)
            {
                page.Append('\n');
            }
        }
    }

    private static void Paragraph(StringBuilder page, string text)
    {
        foreach (var line in Wrap(text, Width))
        {
            page.Append(line).Append('\n');
        }
    }

    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
