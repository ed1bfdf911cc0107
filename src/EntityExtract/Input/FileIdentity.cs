using System.Runtime.InteropServices;

namespace EntityExtract.Input;

/// <summary>
/// Which file a path finally names: its device and inode, links followed, so two paths (a link,
/// a hard link, <c>./a</c> and <c>docs/../a</c>) are known to be one file. Used to refuse an
/// output that is one of the inputs and to leave the output out of the next walk.
/// </summary>
/// <remarks>
/// Asks the kernel through <c>statx</c>, whose record has one layout on every Linux machine.
/// Elsewhere (or where <c>statx</c> is missing) the identity is the path with every link
/// resolved, which misses only hard links.
/// </remarks>
public readonly record struct FileIdentity(ulong Device, ulong Inode, string? RealPath)
{
    private const int AtCurrentFolder = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint WantTypeAndInode = 0x001 | 0x100; // STATX_TYPE | STATX_INO
    private static bool s_noStatx = !OperatingSystem.IsLinux();

    /// <summary>The identity of the regular file <paramref name="path"/> names, or null (no such file, not a regular file).</summary>
    public static FileIdentity? Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!s_noStatx)
        {
            try
            {
                var record = new StatxRecord();
                return Native.statx(AtCurrentFolder, path, 0, WantTypeAndInode, ref record) == 0 ? Regular(record) : null;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                s_noStatx = true;
            }
        }

        try
        {
            return File.Exists(path) && FileKinds.Of(path) is FileKind.Regular or FileKind.Unknown
                ? new FileIdentity(0, 0, Input.RealPath.Resolve(Path.GetFullPath(path)))
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The identity of the regular file open as standard input (<c>&lt; file</c>), or null.</summary>
    public static FileIdentity? OfStandardInput()
    {
        if (s_noStatx)
        {
            return null;
        }

        try
        {
            var record = new StatxRecord();
            return Native.statx(0, "", AtEmptyPath, WantTypeAndInode, ref record) == 0 ? Regular(record) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_noStatx = true;
            return null;
        }
    }

    private static FileIdentity? Regular(in StatxRecord record) =>
        (record.Mode & 0xF000) == 0x8000
            ? new FileIdentity(((ulong)record.DeviceMajor << 32) | record.DeviceMinor, record.Inode, null)
            : null;

    /// <summary>The kernel's <c>struct statx</c> (256 bytes); only the fields read are named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxRecord
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref StatxRecord record);
    }
}
