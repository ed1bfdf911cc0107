namespace EntityExtract.Cli.Terminal;

/// <summary>
/// The one place that writes diagnostics: each message is one line on stderr, prefixed with the
/// program name, so that scripts can grep them and users can tell them from data.
/// </summary>
internal static class Stderr
{
    public const string Program = "entity-extract";

    private static readonly object Gate = new();

    public static void Line(string message)
    {
        lock (Gate)
        {
            Console.Error.WriteLine($"{Program}: {OneLine(message)}");
        }
    }

    public static void ForPath(string path, string reason) => Line($"{path}: {reason}");

    /// <summary>Messages from exceptions may hold line breaks; a diagnostic never does.</summary>
    private static string OneLine(string message) =>
        message.Contains('\n') || message.Contains('\r')
            ? string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : message;
}
