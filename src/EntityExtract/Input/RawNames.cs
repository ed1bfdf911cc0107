using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;

namespace EntityExtract.Input;

/// <summary>
/// File names that are not valid UTF-8 (Linux allows any bytes but NUL and <c>/</c>). .NET
/// decodes such a name with U+FFFD in place of the bad bytes, and the name it gives cannot be
/// opened: the file looked "vanished". Here a folder holding such a name is listed again as
/// bytes, each bad byte kept as a lone surrogate U+DC80–U+DCFF (as Python's "surrogateescape"
/// does) so the path can be opened byte for byte, and shown as <c>\xHH</c>.
/// </summary>
/// <remarks>Linux only (the layout of <c>struct dirent</c> is Linux's); elsewhere nothing changes.</remarks>
internal static class RawNames
{
    private const int OpenReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC on Linux
    private const int DirentNameOffset = 19; // d_ino, d_off, d_reclen, d_type, then d_name

    /// <summary>True when this system can list and open names as bytes.</summary>
    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>True for a path holding a byte kept by <see cref="Decode"/>.</summary>
    public static bool HasRawBytes(string path) => path.AsSpan().IndexOfAnyInRange('\uDC80', '\uDCFF') >= 0;

    /// <summary>The names in <paramref name="folder"/> that are not valid UTF-8, with their bad bytes kept, and whether each is a folder.</summary>
    public static List<(string Name, bool IsFolder)> InvalidNames(string folder)
    {
        var found = new List<(string, bool)>();
        var dir = Native.opendir(Encode(folder));
        if (dir == IntPtr.Zero)
        {
            return found;
        }

        try
        {
            IntPtr entry;
            while ((entry = Native.readdir(dir)) != IntPtr.Zero)
            {
                var name = NameOf(entry);
                if (!Utf8.IsValid(name))
                {
                    found.Add((Decode(name), Marshal.ReadByte(entry, DirentNameOffset - 1) == 4 /* DT_DIR */));
                }
            }
        }
        finally
        {
            _ = Native.closedir(dir);
        }

        return found;
    }

    /// <summary>
    /// Every name in a folder whose own path holds kept bytes (which .NET cannot list), and whether
    /// each is a folder; a link or a name whose type the file system does not give is taken as a file.
    /// </summary>
    public static List<(string Name, bool IsFolder)> AllNames(string folder)
    {
        var found = new List<(string, bool)>();
        var dir = Native.opendir(Encode(folder));
        if (dir == IntPtr.Zero)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"{Show(folder)}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
        }

        try
        {
            IntPtr entry;
            while ((entry = Native.readdir(dir)) != IntPtr.Zero)
            {
                var name = NameOf(entry);
                if (name is [(byte)'.'] or [(byte)'.', (byte)'.'])
                {
                    continue;
                }

                found.Add((Decode(name), Marshal.ReadByte(entry, DirentNameOffset - 1) == 4 /* DT_DIR */));
            }
        }
        finally
        {
            _ = Native.closedir(dir);
        }

        return found;
    }

    /// <summary>Whether a path holding kept bytes is a folder (true), another existing thing (false), or missing (null).</summary>
    public static bool? IsFolder(string path)
    {
        var bytes = Encode(path);
        var dir = Native.opendir(bytes);
        if (dir != IntPtr.Zero)
        {
            _ = Native.closedir(dir);
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno == 2 /* ENOENT */ ? null : false;
    }

    /// <summary>Renames by bytes (<c>rename(2)</c>), replacing <paramref name="to"/>.</summary>
    public static void Rename(string from, string to)
    {
        if (Native.rename(Encode(from), Encode(to)) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"{Show(to)}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
        }
    }

    /// <summary>The name .NET's own listing gives for <paramref name="raw"/>: each bad byte as U+FFFD.</summary>
    public static string Lossy(string raw)
    {
        var bytes = Encode(raw);
        return Encoding.UTF8.GetString(bytes, 0, bytes.Length - 1);
    }

    /// <summary>Opens a path that holds kept bytes, for reading.</summary>
    public static FileStream OpenRead(string path)
    {
        var fd = Native.open(Encode(path), OpenReadOnlyCloseOnExec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno == 2 ? new FileNotFoundException(null, Show(path)) : new IOException($"{Show(path)}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
        }

        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, bufferSize: 1);
    }

    /// <summary>Bytes as text: valid UTF-8 decoded, each bad byte kept as U+DC80 + (byte - 0x80).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var used);
            if (status == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                used = 1;
                text.Append((char)(0xDC00 + bytes[0]));
            }

            bytes = bytes[used..];
        }

        return text.ToString();
    }

    /// <summary>How a path with kept bytes is shown: each kept byte as <c>\xHH</c>.</summary>
    public static string Show(string path)
    {
        if (!HasRawBytes(path))
        {
            return path;
        }

        var text = new StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            if (c is >= '\uDC80' and <= '\uDCFF')
            {
                text.Append("\\x").Append(((int)c - 0xDC00).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>The NUL-terminated bytes of a path, kept bytes restored.</summary>
    internal static byte[] Encode(string path)
    {
        var bytes = new List<byte>(path.Length + 1);
        var pending = path.AsSpan();
        while (!pending.IsEmpty)
        {
            var raw = pending.IndexOfAnyInRange('\uDC80', '\uDCFF');
            var plain = raw < 0 ? pending : pending[..raw];
            bytes.AddRange(Encoding.UTF8.GetBytes(plain.ToArray()));
            if (raw < 0)
            {
                break;
            }

            bytes.Add((byte)(pending[raw] - 0xDC00));
            pending = pending[(raw + 1)..];
        }

        bytes.Add(0);
        return [.. bytes];
    }

    private static byte[] NameOf(IntPtr entry)
    {
        var length = 0;
        while (Marshal.ReadByte(entry, DirentNameOffset + length) != 0)
        {
            length++;
        }

        var name = new byte[length];
        Marshal.Copy(entry + DirentNameOffset, name, 0, length);
        return name;
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        public static extern IntPtr opendir(byte[] path);

        [DllImport("libc", SetLastError = true)]
        public static extern IntPtr readdir(IntPtr dir);

        [DllImport("libc")]
        public static extern int closedir(IntPtr dir);

        [DllImport("libc", SetLastError = true)]
        public static extern int open(byte[] path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int rename(byte[] from, byte[] to);
    }
}
