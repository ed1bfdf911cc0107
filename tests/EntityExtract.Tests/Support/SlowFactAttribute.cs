namespace EntityExtract.Tests.Support;

/// <summary>
/// A fact that takes minutes and gigabytes (a file of 2³¹ lines): skipped unless the environment
/// sets <c>ENTITY_EXTRACT_SLOW_TESTS=1</c>, so CI can leave it out.
/// </summary>
public sealed class SlowFactAttribute : FactAttribute
{
    public SlowFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ENTITY_EXTRACT_SLOW_TESTS") != "1")
        {
            Skip = "slow: set ENTITY_EXTRACT_SLOW_TESTS=1 to run";
        }
    }
}
