namespace EntityExtract.Cli.Terminal;

/// <summary>
/// The one place that writes diagnostics: each message is one line on stderr, prefixed with the
/// program name, so that scripts can grep them and users can tell them from data.
/// </summary>
/// <remarks>
/// A diagnostic that cannot be written (stderr on a full disk, closed with <c>2&gt;&amp;-</c>) must
/// never cost a row: <see cref="Install"/> puts <see cref="Console.Error"/> behind a writer that
/// swallows the failure and remembers it, and the run ends with exit 1 instead of 0
/// (<see cref="Failed"/>). Every stderr writer — these lines, the progress line, the training
/// bar — goes through it.
/// </remarks>
internal static class Stderr
{
    public const string Program = "entity-extract";

    private static readonly object Gate = new();
    private static readonly FailSafeWriter Writer = new(Console.Error);

    /// <summary>True once a write to stderr has failed; the exit code says so, since no message can.</summary>
    public static bool Failed => Writer.Failed;

    /// <summary>Makes <see cref="Console.Error"/> the fail-safe writer; called first thing in <c>Main</c>.</summary>
    public static void Install() => Console.SetError(Writer);

    public static void Line(string message)
    {
        lock (Gate)
        {
            Writer.WriteLine($"{Program}: {OneLine(message)}");
        }
    }

    /// <summary>Like <see cref="Line"/>, but gives up rather than wait long for the lock (used from a signal handler).</summary>
    public static void LineIfFree(string message, TimeSpan wait)
    {
        if (Monitor.TryEnter(Gate, wait))
        {
            try
            {
                Writer.WriteLine($"{Program}: {OneLine(message)}");
            }
            finally
            {
                Monitor.Exit(Gate);
            }
        }
    }

    public static void ForPath(string path, string reason) => Line($"{path}: {reason}");

    /// <summary>
    /// Messages from exceptions may hold line breaks; a diagnostic never does. Other control
    /// characters (a file name or table cell holding ESC, which a terminal would obey: a title
    /// change, a cleared screen) are shown as escapes.
    /// </summary>
    private static string OneLine(string message) => Visible(
        message.Contains('\n') || message.Contains('\r')
            ? string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : message);

    private static string Visible(string message)
    {
        if (!message.AsSpan().ContainsAnyInRange('\0', '\u001F') && !message.AsSpan().ContainsAnyInRange('\u007F', '\u009F')
            && !message.AsSpan().ContainsAnyInRange('\uDC80', '\uDCFF'))
        {
            return message;
        }

        var text = new System.Text.StringBuilder(message.Length + 8);
        foreach (var c in message)
        {
            if (c is >= '\uDC80' and <= '\uDCFF')
            {
                // a byte of a name that is not UTF-8 (see RawPaths)
                text.Append("\\x").Append((c - 0xDC00).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (c is (< ' ' and not '\t') or (>= '\u007F' and <= '\u009F'))
            {
                text.Append(c < 0x80 ? "\\x" : "\\u00").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
