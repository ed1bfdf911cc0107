namespace EntityExtract.Tests.Text;

/// <summary>A fact over the shared seed texts that skips, visibly, where that folder is not checked out.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (SeedFiles.Folder is null)
        {
            Skip = "The shared seeds folder (../shared/seeds beside EntityExtract.sln) is not present.";
        }
    }
}
