namespace EntityExtract.Tests.Support;

/// <summary>
/// A fact that needs a file or folder under <c>../shared</c> (the seeds, the CoNLL and multi-genre
/// data, the unlabelled news). Where it is absent the test is reported as skipped with the full
/// path it missed, never passed without having checked anything.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <param name="relative">The path under <c>../shared</c>, written with <c>/</c>.</param>
    public SharedDataFactAttribute(string relative)
    {
        if (RepoPaths.MissingShared(relative) is { } reason)
        {
            Skip = reason;
        }
    }
}
