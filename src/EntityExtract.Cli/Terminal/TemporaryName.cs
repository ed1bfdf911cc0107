using System.Globalization;
using System.Text;

namespace EntityExtract.Cli.Terminal;

/// <summary>
/// The name of the temporary file an output is written to before it is moved into place:
/// <c>.NAME.PID.tmp</c> beside it. A file name holds at most 255 bytes, so a long NAME (legal in
/// itself) is shortened in the temporary name, at a character boundary, to leave room for the rest.
/// </summary>
internal static class TemporaryName
{
    private const int MaxNameBytes = 255;

    public static string Beside(string finalFullPath)
    {
        var folder = Path.GetDirectoryName(finalFullPath) ?? "";
        var name = Path.GetFileName(finalFullPath);
        var suffix = string.Create(CultureInfo.InvariantCulture, $".{Environment.ProcessId}.tmp");
        var room = MaxNameBytes - 1 - suffix.Length;
        while (Encoding.UTF8.GetByteCount(name) > room)
        {
            name = name[..^(name.Length >= 2 && char.IsLowSurrogate(name[^1]) ? 2 : 1)];
        }

        return Path.Combine(folder, "." + name + suffix);
    }
}
