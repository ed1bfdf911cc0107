using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using EntityExtract.Tagging.Calibration;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Model;

/// <summary>Writes a tagger in <see cref="ModelFormat"/>. The same model always gives the same bytes.</summary>
internal static class ModelWriter
{
    /// <summary>Brotli quality 9 compresses nearly as well as 11 on hashed keys at a fraction of the time.</summary>
    private const int BrotliQuality = 9;
    private const int BrotliWindow = 22;

    public static void Write(EntityTagger tagger, Stream output)
    {
        var payload = BuildPayload(tagger);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(payload.Length)];
        if (!BrotliEncoder.TryCompress(payload, compressed, out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli compression of the model failed.");
        }

        Span<byte> header = stackalloc byte[ModelFormat.HeaderLength];
        ModelFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], ModelFormat.Version);
        BinaryPrimitives.WriteInt64LittleEndian(header[12..], payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header[20..], ModelFormat.Checksum(payload));
        BinaryPrimitives.WriteInt64LittleEndian(header[28..], written);
        output.Write(header);
        output.Write(compressed, 0, written);
    }

    private static byte[] BuildPayload(EntityTagger tagger)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            WriteInfo(writer, tagger.Info);
            writer.Write(BilouLabel.Count);
            for (var label = 0; label < BilouLabel.Count; label++)
            {
                writer.Write(BilouLabel.Name(label));
            }

            writer.Write(ModelFormat.HashingScheme);
            var gazetteer = tagger.Features.Gazetteer;
            writer.Write(gazetteer is not null);
            if (gazetteer is not null)
            {
                WriteStrings(writer, gazetteer.ListNames);
                WriteArray(writer, gazetteer.Keys);
                WriteArray(writer, gazetteer.Masks);
            }

            var clusters = tagger.Features.Clusters;
            writer.Write(clusters is not null);
            if (clusters is not null)
            {
                WriteArray(writer, clusters.Keys);
                WriteArray(writer, clusters.Paths);
                WriteArray(writer, clusters.Lengths);
            }

            WriteArray(writer, tagger.FeatureKeys);
            writer.Write(tagger.WeightScale);
            WriteArray(writer, tagger.Weights);
            WriteArray(writer, tagger.Transitions);
            WriteArray(writer, tagger.EndWeights);
            writer.Write(tagger.Calibration.Temperature);
            WriteArray(writer, tagger.Calibration.RawPoints);
            WriteArray(writer, tagger.Calibration.CalibratedPoints);
            var firstPass = tagger.FirstPass;
            writer.Write(firstPass is not null);
            if (firstPass is not null)
            {
                WriteArray(writer, firstPass.FeatureKeys);
                writer.Write(firstPass.WeightScale);
                WriteArray(writer, firstPass.Weights);
                WriteArray(writer, firstPass.Transitions);
                WriteArray(writer, firstPass.EndWeights);
            }
        }

        return memory.ToArray();
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static void WriteInfo(BinaryWriter writer, ModelInfo info)
    {
        writer.Write(info.Epochs);
        writer.Write(info.BestEpoch);
        writer.Write(info.Seed);
        writer.Write(info.DevF1);
        writer.Write(info.DevPrecision);
        writer.Write(info.DevRecall);
        writer.Write(info.DevF1ByType.Count);
        foreach (var (type, f1) in info.DevF1ByType.OrderBy(p => p.Key))
        {
            writer.Write((byte)type);
            writer.Write(f1);
        }

        writer.Write(info.TrainingSummary);
        writer.Write(info.DevReliability.Count);
        foreach (var bin in info.DevReliability)
        {
            WriteBin(writer, bin);
        }
    }

    private static void WriteBin(BinaryWriter writer, ReliabilityBin bin)
    {
        writer.Write(bin.Low);
        writer.Write(bin.High);
        writer.Write(bin.Count);
        writer.Write(bin.MeanConfidence);
        writer.Write(bin.Accuracy);
    }
}
