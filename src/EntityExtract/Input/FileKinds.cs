using System.Runtime.InteropServices;

namespace EntityExtract.Input;

/// <summary>
/// Tells a FIFO, socket or device from a regular file, which .NET's file APIs cannot: they report
/// all of them as "normal" files (dotnet/runtime#85148), and opening a FIFO blocks until a
/// writer comes.
/// </summary>
/// <remarks>
/// Asks the runtime's own native shim (<c>libSystem.Native</c>, present in every .NET install on
/// Linux and macOS and linked into the ahead-of-time binary), whose <c>FileStatus</c> begins with
/// two 32-bit fields, flags then the raw <c>st_mode</c>; only those are read, into a buffer far
/// larger than the structure. Where the shim cannot be called (Windows), every path is
/// <see cref="FileKind.Unknown"/> and is treated as a regular file, as before.
/// </remarks>
public static class FileKinds
{
    private const int TypeMask = 0xF000;
    private static bool s_unavailable = OperatingSystem.IsWindows() || OperatingSystem.IsBrowser();

    /// <summary>The kind of <paramref name="path"/>, following links.</summary>
    public static FileKind Of(string path) => Of(path, followLinks: true);

    public static FileKind Of(string path, bool followLinks)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (s_unavailable)
        {
            return FileKind.Unknown;
        }

        try
        {
            var result = followLinks ? Native.Stat(path, out var status) : Native.LStat(path, out status);
            return result == 0 ? FromMode(status.Mode) : FileKind.Unknown;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            s_unavailable = true;
            return FileKind.Unknown;
        }
    }

    /// <summary>True for what a folder walk must not open: FIFOs, sockets and devices.</summary>
    public static bool IsSpecial(FileKind kind) =>
        kind is FileKind.Fifo or FileKind.Socket or FileKind.CharacterDevice or FileKind.BlockDevice;

    /// <summary>How a message names a special kind ("a FIFO").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Folder => "a folder",
        FileKind.Link => "a symbolic link",
        _ => "a file",
    };

    internal static FileKind FromMode(int mode) => (mode & TypeMask) switch
    {
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x4000 => FileKind.Folder,
        0x6000 => FileKind.BlockDevice,
        0x8000 => FileKind.Regular,
        0xA000 => FileKind.Link,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    /// <summary>The start of the shim's <c>FileStatus</c>, in a buffer large enough for all of it.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct StatusPrefix
    {
        public int Flags;
        public int Mode;
    }

    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out StatusPrefix status);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
        public static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out StatusPrefix status);
    }
}
