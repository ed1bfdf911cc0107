namespace EntityExtract.Tests.Support;

/// <summary>A theory about Unix files, signals or shells: skipped, with the reason, on Windows.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs FIFOs and signals";
        }
    }
}
