using System.IO.Compression;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Model;

namespace EntityExtract.Training;

/// <summary>
/// The form in which the default model is committed: a zip archive holding one raw (uncompressed,
/// version 3) model file. The build unzips it and embeds the file as it is, so the tool reads the
/// model in place from its own executable instead of decompressing and copying it at start-up;
/// zip because MSBuild unpacks it with a task of its own. The same model always gives the same bytes.
/// </summary>
public static class ModelArchive
{
    /// <summary>A fixed entry time, so that the archive depends on the model alone.</summary>
    private static readonly DateTimeOffset s_entryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Whether <paramref name="path"/> names an archive rather than a model file.</summary>
    public static bool IsArchivePath(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name of the model file inside the archive at <paramref name="path"/>: its name with <c>.bin</c>.</summary>
    public static string EntryName(string path) => Path.ChangeExtension(Path.GetFileName(path), ".bin");

    public static void Write(EntityTagger tagger, Stream output, string entryName)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entry = archive.CreateEntry(entryName, CompressionLevel.SmallestSize);
        entry.LastWriteTime = s_entryTime;
        using var stream = entry.Open();
        ModelWriter.Write(tagger, stream, ModelStorage.Raw);
    }

    /// <summary>The model in the archive at <paramref name="path"/>.</summary>
    public static EntityTagger Read(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var entry = archive.GetEntry(EntryName(path))
            ?? throw new ModelFormatException($"{path} holds no model file named {EntryName(path)}.");
        using var stream = entry.Open();
        return EntityTagger.Load(stream);
    }
}
