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
        // Bytes that are not UTF-8 (kept as U+DC80-U+DCFF, see RawPaths) become '_': the
        // temporary file is opened by .NET, and only the final rename goes by bytes.
        var name = string.Create(Path.GetFileName(finalFullPath).Length, Path.GetFileName(finalFullPath), static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '\uDC80' and <= '\uDCFF' ? '_' : source[i];
            }
        });
        var suffix = string.Create(CultureInfo.InvariantCulture, $".{Environment.ProcessId}.tmp");
        var room = MaxNameBytes - 1 - suffix.Length;
        while (Encoding.UTF8.GetByteCount(name) > room)
        {
            name = name[..^(name.Length >= 2 && char.IsLowSurrogate(name[^1]) ? 2 : 1)];
        }

        return Path.Combine(folder, "." + name + suffix);
    }
}
