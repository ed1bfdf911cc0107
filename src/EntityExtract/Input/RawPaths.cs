namespace EntityExtract.Input;

/// <summary>
/// Paths that are not valid UTF-8, for the command line: Linux passes arguments as bytes, and .NET
/// turns each invalid byte into U+FFFD, so a file named <c>caf\xE9.txt</c> on the command line
/// looked missing and <c>-o o\xFF.csv</c> wrote <c>o\uFFFD.csv</c>. The arguments are read again
/// as bytes and each invalid byte kept as <see cref="RawNames"/> keeps it, so the path opens,
/// walks and is written byte for byte.
/// </summary>
public static class RawPaths
{
    /// <summary>
    /// <paramref name="args"/> with every argument .NET decoded with U+FFFD taken again from the
    /// process's own argument bytes (<c>/proc/self/cmdline</c>, whose last entries they are).
    /// </summary>
    public static string[] Arguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!RawNames.Supported || !Array.Exists(args, static a => a.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            return args;
        }

        byte[] line;
        try
        {
            line = File.ReadAllBytes("/proc/self/cmdline");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return args;
        }

        var entries = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == 0)
            {
                entries.Add(line[start..i]);
                start = i + 1;
            }
        }

        if (entries.Count < args.Length)
        {
            return args;
        }

        var recovered = (string[])args.Clone();
        var offset = entries.Count - args.Length;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].Contains('\uFFFD', StringComparison.Ordinal) && RawNames.Lossy(RawNames.Decode(entries[offset + i])) == args[i])
            {
                recovered[i] = RawNames.Decode(entries[offset + i]);
            }
        }

        return recovered;
    }

    /// <summary>True for a path holding bytes that are not UTF-8.</summary>
    public static bool HasRawBytes(string path) => RawNames.HasRawBytes(path);

    /// <summary>How such a path is shown: each kept byte as <c>\xHH</c>.</summary>
    public static string Show(string path) => RawNames.Show(path);

    /// <summary>Moves <paramref name="from"/> over <paramref name="to"/>, by bytes when either holds kept bytes.</summary>
    public static void Move(string from, string to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (HasRawBytes(from) || HasRawBytes(to))
        {
            RawNames.Rename(from, to);
            return;
        }

        File.Move(from, to, overwrite: true);
    }
}
