using System.IO.Compression;
using EntityExtract.Tagging.Contextual;
using EntityExtract.Tagging.Model;

namespace EntityExtract.Tagging;

/// <summary>
/// A model in a zip archive: one raw (uncompressed, version 3) model file (an accurate model also
/// holds the centroids of its contextual codes, <see cref="QuantizerFormat"/>), the form in which the
/// default model is committed and that <c>train -o FILE.zip</c> writes. The build unzips the
/// default model and embeds the file as it is, so the tool reads it in place from its own
/// executable instead of decompressing and copying it at start-up; zip because MSBuild unpacks it
/// with a task of its own. <c>--model FILE.zip</c> reads the model file out of the archive. The
/// same model always gives the same bytes.
/// </summary>
public static class ModelArchive
{
    /// <summary>A fixed entry time, so that the archive depends on the model alone.</summary>
    private static readonly DateTimeOffset s_entryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How every zip archive starts: a local file header.</summary>
    private static ReadOnlySpan<byte> Signature => "PK\u0003\u0004"u8;

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
        using (var stream = entry.Open())
        {
            ModelWriter.Write(tagger, stream, ModelStorage.Raw);
        }

        if (tagger.Contextual is not null)
        {
            // An accurate model: the centroids its contextual features were coded with.
            var centroids = archive.CreateEntry(QuantizerFormat.EntryName, CompressionLevel.SmallestSize);
            centroids.LastWriteTime = s_entryTime;
            using var stream = centroids.Open();
            QuantizerFormat.Write(tagger.Contextual.Quantizer, stream);
        }
    }

    /// <summary>Whether <paramref name="start"/>, the first bytes of a file, are those of a zip archive.</summary>
    internal static bool IsArchive(ReadOnlySpan<byte> start) => start.StartsWith(Signature);

    /// <summary>
    /// The model in the archive <paramref name="archive"/> (read from its start): its one
    /// <c>.bin</c> entry, whatever the archive was renamed to since it was written.
    /// </summary>
    internal static EntityTagger Read(Stream archive)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new ModelFormatException($"This zip archive is damaged ({e.Message}).");
        }

        using (zip)
        {
            var models = zip.Entries.Where(e => e.FullName.EndsWith(".bin", StringComparison.OrdinalIgnoreCase)).ToList();
            if (models.Count != 1)
            {
                throw new ModelFormatException(models.Count == 0
                    ? "This zip archive holds no model file (a .bin entry, as 'train -o FILE.zip' writes)."
                    : $"This zip archive holds {models.Count} .bin entries; a model archive holds one model file.");
            }

            try
            {
                EntityTagger tagger;
                using (var entry = models[0].Open())
                {
                    tagger = ModelReader.Read(entry, allowArchive: false);
                }

                var centroids = zip.GetEntry(QuantizerFormat.EntryName);
                if (centroids is null)
                {
                    return tagger;
                }

                // An accurate model: its encoder opens when it first tags.
                using var stream = centroids.Open();
                return tagger.WithContextual(new ContextCoder(() => ContextEncoder.Shared, QuantizerFormat.Read(stream)));
            }
            catch (InvalidDataException e)
            {
                throw new ModelFormatException($"The model file in this zip archive is damaged ({e.Message}).");
            }
        }
    }
}
