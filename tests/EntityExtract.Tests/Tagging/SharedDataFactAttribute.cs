namespace EntityExtract.Tests.Tagging;

/// <summary>
/// A fact that needs a file from the shared data folder (the folder <c>../shared</c> next to the
/// directory holding EntityExtract.sln). When the file is missing the test is skipped, not failed.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (SharedData.Find(relativePath) is null)
        {
            Skip = $"shared data file '{relativePath}' not found";
        }
    }
}
