namespace EntityExtract.Tests.Support;

/// <summary>A fact about Unix files, signals or shells: skipped, with the reason, on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute(bool needsRoot = false)
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix shell, FIFOs and signals";
        }
        else if (needsRoot && !Environment.IsPrivilegedProcess)
        {
            Skip = "needs root (mknod of a device node)";
        }
    }
}
