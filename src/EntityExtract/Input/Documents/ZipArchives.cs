using System.IO.Compression;

namespace EntityExtract.Input.Documents;

/// <summary>Opens .odt archives and their members with the limits of <see cref="DocumentLimits"/>.</summary>
internal static class ZipArchives
{
    public static ZipArchive Open(Stream stream)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new DocumentFault($"corrupt or truncated archive ({e.Message})");
        }
    }

    /// <summary>A member's inflated bytes, refused past <see cref="DocumentLimits.MaxMemberBytes"/>.</summary>
    public static Stream OpenMember(ZipArchiveEntry entry)
    {
        try
        {
            return new BoundedStream(entry.Open(), DocumentLimits.MaxMemberBytes, entry.FullName);
        }
        catch (InvalidDataException e)
        {
            throw new DocumentFault($"corrupt archive member {entry.FullName} ({e.Message})");
        }
    }
}
