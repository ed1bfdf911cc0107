namespace EntityExtract.Tagging.Model;

/// <summary>A model file that cannot be used: empty, truncated, corrupt, not a model, or written by a newer version.</summary>
public sealed class ModelFormatException : Exception
{
    public ModelFormatException(string message)
        : base(message)
    {
    }

    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
