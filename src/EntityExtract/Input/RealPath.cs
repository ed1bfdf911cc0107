namespace EntityExtract.Input;

/// <summary>
/// Resolves every symbolic link in a path, like the C library's <c>realpath</c>. Used only when
/// following links, to recognise a folder reached a second time through a different path.
/// </summary>
internal static class RealPath
{
    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]; // on Linux a backslash is part of a name

    /// <summary>Resolves <paramref name="fullPath"/>; throws <see cref="IOException"/> on a link loop.</summary>
    public static string Resolve(string fullPath)
    {
        var current = Path.GetPathRoot(fullPath) ?? string.Empty;
        var pending = new Stack<string>();
        PushParts(pending, fullPath[current.Length..]);
        int hops = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > InputLimits.MaxLinkHops)
            {
                throw new IOException("too many levels of symbolic links");
            }

            // The link's text replaces this part: absolute targets restart from their root,
            // relative ones continue from the folder holding the link.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? current;
                target = target[current.Length..];
            }

            PushParts(pending, target);
        }

        return current;
    }

    private static void PushParts(Stack<string> pending, string path)
    {
        var parts = path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (int i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
