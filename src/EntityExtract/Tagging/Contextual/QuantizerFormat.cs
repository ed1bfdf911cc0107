namespace EntityExtract.Tagging.Contextual;

/// <summary>
/// The quantiser's centroids as an accurate model archive holds them (entry <see cref="EntryName"/>):
/// "EECQ", version, dimensions, groups, then per group its centroid count and the centroids in
/// half precision, little-endian.
/// </summary>
internal static class QuantizerFormat
{
    public const string EntryName = "context-centroids.dat";

    private const int Magic = 0x51434545; // "EECQ"
    private const int Version = 1;

    public static void Write(ContextQuantizer quantizer, Stream output)
    {
        using var writer = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(quantizer.Dimensions);
        writer.Write(quantizer.Groups);
        for (var g = 0; g < quantizer.Groups; g++)
        {
            writer.Write(quantizer.CentroidCount(g));
            foreach (var value in quantizer.Centroids(g))
            {
                writer.Write((Half)value);
            }
        }
    }

    /// <summary>Reads the centroids; throws <see cref="InvalidDataException"/> for anything else.</summary>
    public static ContextQuantizer Read(Stream input)
    {
        using var reader = new BinaryReader(input, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("The contextual centroids are not of a supported version.");
        }

        var dimensions = reader.ReadInt32();
        var groups = reader.ReadInt32();
        if (dimensions != ContextEncoder.Dimensions || groups is < 1 or > 8)
        {
            throw new InvalidDataException("The contextual centroids do not fit the encoder.");
        }

        var centroids = new float[groups][];
        for (var g = 0; g < groups; g++)
        {
            var count = reader.ReadInt32();
            if (count is < 1 or > 1 << 16)
            {
                throw new InvalidDataException("The contextual centroids are damaged.");
            }

            centroids[g] = new float[count * dimensions];
            for (var i = 0; i < centroids[g].Length; i++)
            {
                centroids[g][i] = (float)reader.ReadHalf();
            }
        }

        return new ContextQuantizer(dimensions, centroids);
    }
}
