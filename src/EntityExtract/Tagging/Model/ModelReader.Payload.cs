using System.Runtime.InteropServices;
using System.Text;
using EntityExtract.Tagging.Calibration;
using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tagging.Memory;

namespace EntityExtract.Tagging.Model;

internal static partial class ModelReader
{
    /// <summary>A version 1 or 2 payload: key lists, copied into tables built here.</summary>
    private static EntityTagger ParsePayload(byte[] payload, int version)
    {
        using var reader = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
        var (info, labels) = ReadHead(reader);
        Gazetteer? gazetteer = null;
        if (reader.ReadBoolean())
        {
            var names = ReadStrings(reader);
            var keys = ReadArray<ulong>(reader);
            var masks = ReadArray<uint>(reader);
            Require(keys.Length == masks.Length && names.Length <= Gazetteer.MaxLists);
            gazetteer = new Gazetteer(names, keys, masks);
        }

        ClusterTable? clusters = null;
        if (reader.ReadBoolean())
        {
            var keys = ReadArray<ulong>(reader);
            var paths = ReadArray<uint>(reader);
            var lengths = ReadArray<byte>(reader);
            Require(keys.Length == paths.Length && keys.Length == lengths.Length);
            clusters = new ClusterTable(keys, paths, lengths);
        }

        var featureKeys = ReadArray<ulong>(reader);
        var scale = reader.ReadSingle();
        var weights = ReadArray<short>(reader);
        var transitions = ReadArray<float>(reader);
        var end = ReadArray<float>(reader);
        var temperature = reader.ReadSingle();
        var rawPoints = ReadArray<float>(reader);
        var calibratedPoints = ReadArray<float>(reader);
        Require(weights.Length == featureKeys.Length * BilouLabel.Count);
        RequireTransitions(transitions, end);
        Require(rawPoints.Length == calibratedPoints.Length && temperature > 0 && float.IsFinite(scale));
        var extractor = new FeatureExtractor(gazetteer, clusters);
        var (firstPassKeys, firstPass) = version >= 2 && reader.ReadBoolean() ? ReadFirstPass(reader, extractor) : ([], null);
        Require(reader.BaseStream.Position == reader.BaseStream.Length);

        info = Described(info, version, labels, featureKeys.Length, extractor, temperature);
        var calibration = new ConfidenceCalibration(temperature, rawPoints, calibratedPoints);
        return new EntityTagger(extractor, KeyIndex.Build(featureKeys, firstPassKeys), ModelBlock<short>.Copy(weights), scale, transitions, end, calibration, info, firstPass);
    }

    /// <summary>The info as stored, completed with what the tables say.</summary>
    private static ModelInfo Described(ModelInfo info, int version, string[] labels, int featureCount, FeatureExtractor extractor, float temperature) => info with
    {
        FormatVersion = version,
        Labels = labels,
        FeatureCount = featureCount,
        GazetteerEntryCount = extractor.Gazetteer?.Index.Count ?? 0,
        GazetteerLists = extractor.Gazetteer?.ListNames ?? [],
        ClusterWordCount = extractor.Clusters?.Index.Count ?? 0,
        ConfidenceTemperature = temperature,
    };

    /// <summary>What every version starts with: model info, label names, hashing scheme.</summary>
    private static (ModelInfo Info, string[] Labels) ReadHead(BinaryReader reader)
    {
        var info = ReadInfo(reader);
        var labelCount = reader.ReadInt32();
        if (labelCount != BilouLabel.Count)
        {
            ThrowFormat($"The model has {labelCount} labels; this EntityExtract expects {BilouLabel.Count}.");
        }

        var labels = new string[labelCount];
        for (var i = 0; i < labelCount; i++)
        {
            labels[i] = reader.ReadString();
            if (labels[i] != BilouLabel.Name(i))
            {
                ThrowFormat($"The model's label {i} is '{labels[i]}'; this EntityExtract expects '{BilouLabel.Name(i)}'.");
            }
        }

        var hashing = reader.ReadInt32();
        if (hashing != ModelFormat.HashingScheme)
        {
            ThrowFormat($"The model uses feature hashing scheme {hashing}; this EntityExtract supports {ModelFormat.HashingScheme}.");
        }
        return (info, labels);
    }

    private static (ulong[] Keys, EntityTagger Tagger) ReadFirstPass(BinaryReader reader, FeatureExtractor extractor)
    {
        var keys = ReadArray<ulong>(reader);
        var scale = reader.ReadSingle();
        var weights = ReadArray<short>(reader);
        var transitions = ReadArray<float>(reader);
        var end = ReadArray<float>(reader);
        Require(weights.Length == keys.Length * BilouLabel.Count && float.IsFinite(scale));
        RequireTransitions(transitions, end);
        return (keys, new EntityTagger(extractor, keys, weights, scale, transitions, end));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var length = reader.ReadInt32();
        var size = Marshal.SizeOf<T>();
        Require(length >= 0 && (long)length * size <= reader.BaseStream.Length - reader.BaseStream.Position);
        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        Require(count is >= 0 and <= 1024);
        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    /// <summary>A pass's transitions: one row per previous label and the start, and the end weights.</summary>
    private static void RequireTransitions(float[] transitions, float[] end) =>
        Require(transitions.Length == (BilouLabel.Count + 1) * BilouLabel.Count && end.Length == BilouLabel.Count);

    private static void Require(bool condition)
    {
        if (!condition)
        {
            ThrowFormat("The model file is corrupt (its tables are inconsistent).");
        }
    }
}
