using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using EntityExtract.Tagging.Calibration;
using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tagging.Model;

namespace EntityExtract.Tagging;

/// <summary>Writes a tagger in <see cref="ModelFormat"/>. The same model always gives the same bytes.</summary>
internal static class ModelWriter
{
    /// <summary>Brotli quality 9 compresses nearly as well as 11 on hashed keys at a fraction of the time.</summary>
    private const int BrotliQuality = 9;
    private const int BrotliWindow = 22;

    public static void Write(EntityTagger tagger, Stream output, ModelStorage storage = ModelStorage.Brotli)
    {
        var payload = BuildPayload(tagger);
        var stored = payload;
        var storedLength = payload.Length;
        if (storage == ModelStorage.Brotli)
        {
            stored = new byte[BrotliEncoder.GetMaxCompressedLength(payload.Length)];
            if (!BrotliEncoder.TryCompress(payload, stored, out storedLength, BrotliQuality, BrotliWindow))
            {
                throw new InvalidOperationException("Brotli compression of the model failed.");
            }
        }

        Span<byte> header = stackalloc byte[ModelFormat.HeaderLength];
        ModelFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], ModelFormat.Version);
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], (uint)storage);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header[24..], ModelFormat.Checksum(payload));
        BinaryPrimitives.WriteInt64LittleEndian(header[32..], storedLength);
        output.Write(header);
        output.Write(stored, 0, storedLength);
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
                WriteIndex(writer, gazetteer.Index);
                WriteArray(writer, gazetteer.Masks);
            }

            var clusters = tagger.Features.Clusters;
            writer.Write(clusters is not null);
            if (clusters is not null)
            {
                WriteIndex(writer, clusters.Index);
                WriteArray(writer, clusters.Paths);
                WriteArray(writer, clusters.Lengths);
            }

            // For a two-pass model this one map also holds the first pass's rows.
            WriteIndex(writer, tagger.FeatureIndex);
            WritePass(writer, tagger);
            writer.Write(tagger.Calibration.Temperature);
            WriteArray<float>(writer, tagger.Calibration.RawPoints);
            WriteArray<float>(writer, tagger.Calibration.CalibratedPoints);
            writer.Write(tagger.FirstPass is not null);
            if (tagger.FirstPass is not null)
            {
                WritePass(writer, tagger.FirstPass);
            }
        }

        return memory.ToArray();
    }

    private static void WritePass(BinaryWriter writer, EntityTagger pass)
    {
        writer.Write(pass.WeightScale);
        WriteArray(writer, pass.Weights.Span);
        WriteArray<float>(writer, pass.Transitions);
        WriteArray<float>(writer, pass.EndWeights);
    }

    private static void WriteIndex(BinaryWriter writer, KeyIndex index)
    {
        writer.Write(index.Count);
        WriteArray(writer, index.Entries);
    }

    /// <summary>The length, zeros up to the next multiple of <see cref="ModelFormat.Alignment"/>, then the elements.</summary>
    private static void WriteArray<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Flush();
        while (writer.BaseStream.Position % ModelFormat.Alignment != 0)
        {
            writer.Write((byte)0);
        }

        writer.Write(MemoryMarshal.AsBytes(values));
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
