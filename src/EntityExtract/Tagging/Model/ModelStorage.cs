namespace EntityExtract.Tagging.Model;

/// <summary>How a model file holds its payload.</summary>
internal enum ModelStorage : uint
{
    /// <summary>As it is used: what the build embeds, so the payload can be read in place.</summary>
    Raw = 0,

    /// <summary>Brotli-compressed: files that <c>train</c> writes.</summary>
    Brotli = 1,
}
