namespace EntityExtract.Tests.Support;

/// <summary>
/// A fact that needs a path under <c>../shared</c> (the seeds, the CoNLL data). Where the checkout
/// has no shared folder the test is reported as skipped, with the reason, rather than passing
/// vacuously.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] path)
    {
        if (RepoPaths.SharedFile(path) is null)
        {
            Skip = $"../shared/{string.Join('/', path)} is not present in this checkout";
        }
    }
}
