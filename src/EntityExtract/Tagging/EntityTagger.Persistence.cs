using EntityExtract.Tagging.Model;

namespace EntityExtract.Tagging;

public sealed partial class EntityTagger
{
    /// <summary>Loads a model; throws <see cref="ModelFormatException"/> for anything that is not a readable model of a supported version.</summary>
    public static EntityTagger Load(Stream modelStream) => ModelReader.Read(modelStream);

    public static EntityTagger Load(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Load(stream);
    }

    /// <summary>Writes the model; the same model always produces the same bytes.</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ModelWriter.Write(this, output);
    }
}
