namespace EntityExtract.Tests.Support;

/// <summary>
/// A fact that renders a page in Debian's headless Chromium (<c>/usr/bin/chromium</c>, installed by
/// CI). Where it is absent the test is skipped with a reason, never passed unchecked.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(string? shared = null)
    {
        if (Chromium.Path is null)
        {
            Skip = $"no Chromium at {Chromium.Expected} (apt-get install chromium)";
        }
        else if (shared is not null && RepoPaths.MissingShared(shared) is { } reason)
        {
            Skip = reason;
        }
    }
}
